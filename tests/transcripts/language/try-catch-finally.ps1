# source: reference/powershell-semantics.md 6.3 ($_ in catch is the ErrorRecord, "$_" is the message, finally always runs)
try { throw 'boom' } catch { "caught: $_" } finally { 'finally ran' }
$zero = 0
try { 1 / $zero } catch { $_.Exception.Message }
try { 'ok' } finally { 'cleanup' }
try { [int]'x' } catch { 'conversion failed' }
