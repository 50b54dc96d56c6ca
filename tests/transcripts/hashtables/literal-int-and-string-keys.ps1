# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Hash_Tables.md, 'Creating hashtables and ordered dictionaries' ($hash shows three, 2, 1) and 'Hashtable and dictionary properties' ($hash.Keys: three 2 1; $hash.Values: 3 two one); a Hashtable enumerates in .NET bucket order, not literal order
$hash = @{ 1 = 'one'; 2 = 'two'; 'three' = 3 }
$hash
$hash.Keys
$hash.Values
