# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md Example 2 (-Option Constant -Description ... -PassThru | Format-List -Property *: the PSVariable's Name, Description, Value, Visibility, Module, ModuleName, Options, Attributes), the process list replaced by two strings; list blank lines per powershell-semantics.md 1.4
Set-Variable -Name "processes" -Value ('notepad', 'pwsh') -Option Constant -Scope Global -Description "All processes" -PassThru |
    Format-List -Property *

