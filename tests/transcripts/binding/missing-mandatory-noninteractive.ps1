# source: ParameterBinderStrings.resx MissingMandatoryParameter ('Cannot process command because of one or more missing mandatory parameters:{1}.' with ' Process'); -NonInteractive makes the prompt fail (CmdletParameterBinderController.cs @403ae3f53f)
1..3 | ForEach-Object
