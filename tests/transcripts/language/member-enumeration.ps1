# source: reference/powershell-semantics.md 4.3 (member enumeration: $array.Prop returns the property of each element)
$servers = [pscustomobject]@{ Name = 'fe1'; Port = 5061 }, [pscustomobject]@{ Name = 'fe2'; Port = 5062 }
$servers.Name
$servers.Port
