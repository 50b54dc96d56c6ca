# source: reference/powershell-semantics.md 4.2 (variable names case-insensitive; ${any name}; undefined variable is $null)
$Pool = 'ls14pool'
$pool
${my var} = 3
${my var}
$null -eq $neverAssigned
