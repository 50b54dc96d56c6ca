# source: reference/powershell-semantics.md 2 (empty script block without a name is terminating: 'A property is an empty script block and does not provide a name.'); SelectObjectStrings.resx EmptyScriptBlockAndNoName; ErrorId/category from select-object.cs @v6.0.0 (PSArgumentException, InvalidArgument)
try { [pscustomobject]@{a=1} | Select-Object {} } catch { $_.Exception.Message }
