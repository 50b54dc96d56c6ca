# source: PowerShell v6.0.0 src/System.Management.Automation/engine/parser/Parser.cs (TypeNameRule / GenericTypeArgumentsRule: type names take generic arguments, nested, with array ranks); test/powershell/Language/Scripting/Array.Tests.ps1 casts to [System.Collections.Generic.List[object]]; a statement that does not run cannot fail
if ($false) { [System.Collections.Generic.List[string]]$names = @() }
if ($false) { $map = [System.Collections.Generic.Dictionary[string, System.Collections.Generic.List[int]]]::new() }
'the script runs'
