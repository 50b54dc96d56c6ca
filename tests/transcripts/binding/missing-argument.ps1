# source: reference/powershell-semantics.md 5 (MissingArgument: 'Missing an argument for parameter ... Specify a parameter of type ...'); ParameterBinderBase.cs @403ae3f53f uses the parameter's extent
1..3 | Select-Object -First
