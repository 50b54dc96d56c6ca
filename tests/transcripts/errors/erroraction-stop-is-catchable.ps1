# source: reference/powershell-semantics.md 6.3 (-ErrorAction Stop turns the error into a terminating one that try/catch catches; the rest of the pipeline is skipped)
$o = [pscustomobject]@{n=1}, [pscustomobject]@{m=2}, [pscustomobject]@{n=3}
try { $o | Select-Object -ExpandProperty n -ErrorAction Stop } catch { "caught: $($_.FullyQualifiedErrorId)" }
$ErrorActionPreference = 'Stop'
try { $o | Select-Object -ExpandProperty n } catch { "caught again: $_" }
