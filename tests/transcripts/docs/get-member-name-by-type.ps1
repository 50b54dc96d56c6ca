# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md Example 5 (Get-Member -Name MachineName in a foreach: only the types that have it, one TypeName group each), adapted to [pscustomobject]s given type names with Add-Member -TypeName; Get-Member's grouped table (powershell-semantics.md 1.4 and 3.6: format-start blank, per type a blank, the '   TypeName:' line, a blank, the auto-sized table, a group-end blank; a format-end blank)
$proc = [pscustomobject]@{ MachineName = '.'; Id = 4232 }
$proc | Add-Member -TypeName System.Diagnostics.Process
$culture = [pscustomobject]@{ Name = 'en-US' }
$svc = [pscustomobject]@{ MachineName = '.'; Name = 'ALG' }
$svc | Add-Member -TypeName System.ServiceProcess.ServiceController
$list = $proc, $culture, $svc
foreach ($item in $list) { $item | Get-Member -Name MachineName }
