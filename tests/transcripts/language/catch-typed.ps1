# source: reference/powershell-semantics.md 6.3 (typed catch clauses; the first matching clause runs)
try { throw [System.ArgumentException]'bad argument' } catch [System.ArgumentException] { "argument: $($_.Exception.Message)" } catch { 'other' }
try { throw 'plain' } catch [System.ArgumentException] { 'argument' } catch { "other: $_" }
