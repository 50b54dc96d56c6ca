# source: reference/powershell-semantics.md 4.3 (indexing, negative index, slices, out of range -> nothing, Count/Length, + concatenates)
$a = 10, 20, 30, 40, 50
$a[0]
$a[-1]
$a[1..2]
$a[0, 2, 4]
$a[10]
$a.Count
$a.Length
$b = $a + 60
$b.Count
@().Count
@(1).Count
(, (1, 2)).Count
