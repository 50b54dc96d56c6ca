# source: reference/powershell-semantics.md 4.6 (script blocks are values, invoked with & or .Invoke())
$sb = { param($x) $x * 2 }
& $sb 4
$sb.Invoke(5)
$greet = { "hi $args" }
& $greet there
