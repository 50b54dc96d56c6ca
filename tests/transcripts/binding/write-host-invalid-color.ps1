# source: PowerShell v6.0.0 test/powershell/Modules/Microsoft.PowerShell.Utility/Write-Host.Tests.ps1 ("Should throw if color is invalid": CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteHostCommand); the enum conversion text "Unable to match the identifier name ... Specify one of the following enumerator names and try again:" with System.ConsoleColor's names in order (.NET ConsoleColor)
Write-Host 'text' -ForegroundColor Purple
Write-Host 'shown' -ForegroundColor darkred
