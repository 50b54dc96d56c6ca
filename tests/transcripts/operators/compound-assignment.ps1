# source: reference/powershell-semantics.md 4.1 (compound assignment += -= *= /= %=)
$x = 10
$x += 5
$x -= 3
$x *= 2
$x /= 4
$x %= 4
$x
$s = 'ab'
$s += 'cd'
$s
