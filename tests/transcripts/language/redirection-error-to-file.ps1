# source: about_Redirection 5.1 ("2>" sends the Error stream to a file); the record is written as the console shows it (reference/powershell-semantics.md 6.1, 3.8); the error still sets $? (MshCommandRuntime 5.1: ExecutionFailed is set before the stream is chosen); the command's extent includes its redirection (5.1 CommandAst)
$o = [pscustomobject]@{m=2}
$o | Select-Object -ExpandProperty n 2> errors.txt
$?
Get-Content errors.txt
