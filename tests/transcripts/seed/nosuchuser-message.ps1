# source: lync-facts.md 2.5: 'Management object not found for identity "<what you typed>".' (seed: nosuchuser)
try { Get-CsUserPoolInfo -Identity nosuchuser -ErrorAction Stop } catch { $_.Exception.Message }
try { Get-CsUserPoolInfo -Identity nosuchuser -ErrorAction Stop } catch { "$_" }
