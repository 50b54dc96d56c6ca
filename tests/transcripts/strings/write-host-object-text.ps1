# source: PowerShell v6.0.0 src/Microsoft.PowerShell.Commands.Utility/commands/utility/WriteConsoleCmdlet.cs (ProcessObject: an enumerable is unrolled with the separator between items, so a hashtable gives its DictionaryEntry items; anything else prints its ToString(), a DateTime in the current culture, en-US here; $null adds nothing but its separator)
Write-Host ([datetime]'2020-01-02 15:04:05')
Write-Host @{ Pool = 'ls14pool' }
Write-Host ([pscustomobject]@{ Pool = 'ls14pool' })
Write-Host 'a' $null 'b'
Write-Host 1, @(2, 3) -Separator '|'
