# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 12 (Name/Weight from a hashtable input; 5.1 padding)
@{ name = 'a' ; weight = 7 } | Select-Object -Property @(
    @{ Label = 'Name' ; Expression = { $_.name } }
    @{ Label = 'Weight' ; Expression = { $_.weight } }
)

