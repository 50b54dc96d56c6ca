# source: reference/5.1/Microsoft.PowerShell.Utility/Select-String.md -Context (the context lines are kept in the Context property; overlapping lines appear only once in the display: the DisplayContextTracker and LogicalContextTracker of MatchString.cs @v6.0.0); MatchInfo custom view (PowerShellCore_format_ps1xml.cs @v6.0.0)
$m = 'a', 'b', 'c', 'd' | Select-String -Pattern 'b|c' -Context 1
$m
$m[0].Context.PostContext
$m[1].Context.PreContext
$m[0].Context.DisplayPostContext.Count
