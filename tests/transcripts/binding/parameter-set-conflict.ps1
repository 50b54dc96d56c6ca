# source: reference/powershell-semantics.md 5 ('Parameter set cannot be resolved using the specified named parameters.'; ParameterBinderStrings.resx AmbiguousParameterSet, InvalidArgument, no extent -> whole command: CmdletParameterBinderController.cs @403ae3f53f); -Sum and -Line are in different Measure-Object sets
1..3 | Measure-Object -Sum -Line
