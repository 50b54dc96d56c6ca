# source: reference/powershell-semantics.md 3.1 (simplified form Where-Object Prop -op Value; Where-Object Prop alone tests truthiness)
$p = [pscustomobject]@{ Name = 'fe1'; Pool = 'ls14pool'; Port = 5061; Up = $true }, [pscustomobject]@{ Name = 'se2'; Pool = 'se2'; Port = 5061; Up = $false }, [pscustomobject]@{ Name = 'dir'; Pool = 'dir'; Port = 444; Up = $true }
$p | Where-Object Port -gt 1000 | ForEach-Object Name
$p | Where-Object Name -like 'd*' | ForEach-Object Name
$p | Where-Object Up | ForEach-Object Name
$p | Where-Object -Property Pool -EQ -Value 'se2' | ForEach-Object Name
$p | Where-Object Name -In 'fe1', 'dir' | ForEach-Object Port
