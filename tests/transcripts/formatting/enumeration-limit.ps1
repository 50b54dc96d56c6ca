# source: reference/powershell-semantics.md 1.7 (arrays in cells show {a, b...} with at most $FormatEnumerationLimit = 4 items, 5.1 ellipsis '...'; -1 shows all)
[pscustomobject]@{ Name = 'x'; Items = 1..6 }
$FormatEnumerationLimit = 2
[pscustomobject]@{ Name = 'x'; Items = 1..6 }
$FormatEnumerationLimit = -1
[pscustomobject]@{ Name = 'x'; Items = 1..6 }
