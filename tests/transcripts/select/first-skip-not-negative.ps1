# source: PowerShell 5.1 select-object.cs (commit 60b3b304f2: -First, -Last, -Skip and -SkipLast carry [ValidateRange(0, int.MaxValue)]) and GetRandomCommand.cs (-Count [ValidateRange(1, int.MaxValue)]); the ValidateRange message (reference/powershell-semantics.md 5, ParameterArgumentValidationError on the argument)
1..5 | Select-Object -First -1
1..5 | Get-Random -Count 0
1..5 | Select-Object -Last 0
'done'
