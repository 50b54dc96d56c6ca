# source: reference/5.1/Microsoft.PowerShell.Utility/Select-Object.md Example 14 (a new object copying the properties leaves the original unchanged); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$object = [pscustomobject]@{
    name = 'USA'
    children = [pscustomobject]@{
        name = 'Southwest'
    }
}

$newObject = [pscustomobject]@{
    country = $object.name
    children = $object.children
}

$newObject
$object
