# source: about_Redirection 5.1 example 3 ("3>&1 2>&1 > file" sends the Warning, Error and Success streams of a script block to one file; commands in the block inherit its redirections: MiscOps.AddCommand / ScriptCommandProcessor.RunClause 5.1); the warning file text is its Message (format data); the error view per reference/powershell-semantics.md 6.1
& {
  Write-Warning 'low disk'
  [pscustomobject]@{m=2} | Select-Object -ExpandProperty n
  'done'
} 3>&1 2>&1 > run.log

Get-Content run.log
