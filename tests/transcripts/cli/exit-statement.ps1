# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PowerShell_exe.md (an exit N statement sets the exit code; nothing after it runs)
# exit: 3
'before'
exit 3
'after'
