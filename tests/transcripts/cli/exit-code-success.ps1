# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PowerShell_exe.md (exit code 0 when the last statement's $? is $true)
# exit: 0
'ok'
