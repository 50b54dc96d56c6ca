# source: reference/powershell-semantics.md 6.1 layout; 5.1 runtime error 'You cannot call a method on a null-valued expression.' (InvalidOperation, RuntimeException, InvokeMethodOnNull)
$nothing.Trim()
