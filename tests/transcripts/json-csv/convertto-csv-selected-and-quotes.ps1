# source: reference/powershell-semantics.md 3.10 (#TYPE Selected.System.Management.Automation.PSCustomObject after Select-Object; embedded quotes doubled)
[pscustomobject]@{ a = 'say "hi"'; b = 'x' } | Select-Object a | ConvertTo-Csv
