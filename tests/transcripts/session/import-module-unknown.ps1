# source: PowerShell v5.1 Modules.resx ModuleNotFound; ImportModuleCommand (ResourceUnavailable, FileNotFoundException); reference/powershell-semantics.md 1.4 error layout
# exit: 1
Import-Module Foo
