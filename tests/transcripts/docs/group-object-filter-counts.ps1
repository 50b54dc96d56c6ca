# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md Example 5 (Group-Object -Property Name -NoElement | Where-Object {$_.Count -gt 1}), adapted to [pscustomobject] processes; Count is right-aligned by the GroupInfoNoElement view; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$names = 'csrss', 'svchost', 'winlogon', 'svchost', 'csrss', 'explorer', 'svchost', 'wmiprvse', 'winlogon', 'svchost', 'wmiprvse', 'svchost'
$names | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Group-Object -Property Name -NoElement | Where-Object {$_.Count -gt 1}
