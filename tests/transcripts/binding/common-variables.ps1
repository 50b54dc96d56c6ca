# source: reference/powershell-semantics.md 5 (-OutVariable stores output; -ErrorVariable collects errors; -ev/-ea aliases)
$null = 1..3 | Select-Object -First 2 -OutVariable got
$got.Count
$got
Select-Object -InputObject 'x' -ExpandProperty nope -ea SilentlyContinue -ev problems
$problems.Count
"$($problems[0])"
