# source: reference/5.1/Microsoft.PowerShell.Core/Where-Object.md Example 6 (-and/-notlike in a multi-line script block), adapted to [pscustomobject] modules; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$modules = [pscustomobject]@{ Name = 'Microsoft.PowerShell.Utility'; HelpInfoUri = 'https://aka.ms/powershell51-help' }, [pscustomobject]@{ Name = 'PSReadline'; HelpInfoUri = 'https://aka.ms/powershell51-help' }, [pscustomobject]@{ Name = 'Pester'; HelpInfoUri = $null }, [pscustomobject]@{ Name = 'SqlServer'; HelpInfoUri = 'https://go.microsoft.com/fwlink/?LinkId=393223' }
$modules | Where-Object {
    ($_.Name -notlike "Microsoft*" -and $_.Name -notlike "PS*") -and $_.HelpInfoUri
}

