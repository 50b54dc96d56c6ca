# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PowerShell_exe.md (-ExecutionPolicy is a powershell.exe parameter; it changes nothing for -Command text)
# args: -ExecutionPolicy Bypass
'ok'
