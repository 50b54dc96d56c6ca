# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Examples 9 and 10 (four positional blocks map to begin, process, process, end; with explicit -Begin/-End every -Process block runs per item)
1..2 | ForEach-Object { 'begin' } { 'process A' }  { 'process B' } { 'end' }
1..2 | ForEach-Object -Begin $null -Process { 'one' }, { 'two' }, { 'three' } -End $null
