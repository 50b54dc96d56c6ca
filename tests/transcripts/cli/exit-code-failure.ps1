# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PowerShell_exe.md (exit code 1 when the last statement's $? is $false)
# exit: 1
Write-Error 'quiet failure' -ErrorAction SilentlyContinue
