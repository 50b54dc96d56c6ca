# source: reference/powershell-semantics.md 3.2 (-MemberName: property value or method call with arguments; "a.b" | foreach Split ".")
$p = [pscustomobject]@{ Name = 'fe1'; Pool = 'ls14pool'; Port = 5061; Up = $true }, [pscustomobject]@{ Name = 'se2'; Pool = 'se2'; Port = 5061; Up = $false }, [pscustomobject]@{ Name = 'dir'; Pool = 'dir'; Port = 444; Up = $true }
$p | ForEach-Object Name
"a.b" | foreach Split "."
'abc' | ForEach-Object -MemberName ToUpper
