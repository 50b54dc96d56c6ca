# source: reference/powershell-semantics.md 4.3 (hashtables: keys case-insensitive, $h.k, $h['k'], Count, adding keys)
$h = @{ a = 1; b = 2 }
$h.a
$h['b']
$h.A
$h.Count
$h.c = 3
$h.Count
$h.ContainsKey('c')
