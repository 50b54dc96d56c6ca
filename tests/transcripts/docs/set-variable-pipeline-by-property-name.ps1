# source: reference/5.1/Microsoft.PowerShell.Utility/Set-Variable.md INPUTS (Name is taken from the pipeline by property name) and CmdletParameterBinderController.cs @v6.0.0 BindPipelineParametersPrivate (every binding state runs: the object binds to Value by value, then Name by property name); table per powershell-semantics.md 1.4/1.5
[pscustomobject]@{ Name = 'byName'; Value = 42 } | Set-Variable
$byName
