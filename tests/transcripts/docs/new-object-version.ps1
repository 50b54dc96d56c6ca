# source: reference/5.1/Microsoft.PowerShell.Utility/New-Object.md Example 1 (New-Object System.Version from '1.2.3.4'; the System.Version table view of DotNetTypes.format.ps1xml has widths 6, 6, 6, 8 and left-aligned cells: DotNetTypes_format_ps1xml.cs @v6.0.0); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
New-Object -TypeName System.Version -ArgumentList "1.2.3.4"
