# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Hash_Tables.md, 'Object types in hashtables' (the Hash2 value @{a=1; b=2; c=3} lists c, b, a; $p.Hash2.b is 2); table layout per reference/powershell-semantics.md 1.4
$p = @{}
$p = $p + @{
    "Hash2"= @{a=1; b=2; c=3}
}

$p.Hash2
$p.Hash2.b
