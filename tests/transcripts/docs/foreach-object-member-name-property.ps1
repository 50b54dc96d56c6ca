# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Example 6 (-MemberName Path and its positional form foreach Path get a property's value), adapted to [pscustomobject] modules
$modules = [pscustomobject]@{ Name = 'PSReadline'; Path = 'C:\Program Files\WindowsPowerShell\Modules\PSReadline\PSReadLine.psd1' }, [pscustomobject]@{ Name = 'Pester'; Path = 'C:\Program Files\WindowsPowerShell\Modules\Pester\Pester.psd1' }
$modules | ForEach-Object -MemberName Path
$modules | foreach Path
