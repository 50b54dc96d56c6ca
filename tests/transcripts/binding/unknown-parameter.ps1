# source: reference/powershell-semantics.md 5 (NamedParameterNotFound, squiggles under the parameter token; InvalidArgument, ParameterBindingException)
'a' | Select-Object -Foo
