# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 13 (ExpandProperty adds the selected properties to the expanded object itself); blank lines and padding per reference/powershell-semantics.md 1.4/1.5
$object = [pscustomobject]@{
    name = 'USA'
    children = [pscustomobject]@{
        name = 'Southwest'
    }
}

$object
$object | Select-Object @{n="country"; e={$_.name}} -ExpandProperty children
$object
