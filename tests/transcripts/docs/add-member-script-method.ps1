# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Example 4 (a ScriptMethod using $this and [Math]::Round), adapted to a [pscustomobject] file
$A = [pscustomobject]@{ Name = 'test.txt'; Length = 450887 }
$S = {[Math]::Round(($this.Length / 1MB), 2)}
$A | Add-Member -MemberType ScriptMethod -Name "SizeInMB" -Value $S
$A.SizeInMB()
