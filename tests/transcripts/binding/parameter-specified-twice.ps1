# source: ParameterBinderStrings.resx ParameterAlreadyBound; CmdletParameterBinderController.cs @403ae3f53f (InvalidArgument, extent of the repeated parameter)
1..3 | Select-Object -First 1 -First 2
