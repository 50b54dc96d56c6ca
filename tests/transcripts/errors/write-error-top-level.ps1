# source: PowerShellCore_format_ps1xml.cs ErrorRecord view @403ae3f53f (when MyCommand is the typed script, the prefix is its text + ' : '; no position when the script has none) with Write-Error.Tests.ps1 @v6.0.0 (CategoryInfo 'NotSpecified: (:) [Write-Error], WriteErrorException', ErrorId Microsoft.PowerShell.Commands.WriteErrorException, MyCommand.Name empty)
Write-Error 'something failed'
