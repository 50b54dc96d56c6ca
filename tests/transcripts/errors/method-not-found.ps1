# source: reference/powershell-semantics.md 6.1 layout; 5.1 runtime error 'Method invocation failed because [System.String] does not contain a method named ...' (InvalidOperation, RuntimeException, MethodNotFound)
'abc'.Foo()
