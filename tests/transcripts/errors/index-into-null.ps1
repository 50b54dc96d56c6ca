# source: reference/powershell-semantics.md 6.1 layout; 5.1 runtime error 'Cannot index into a null array.' (InvalidOperation, RuntimeException, NullArray)
$nothing[0]
