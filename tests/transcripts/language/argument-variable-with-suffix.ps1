# source: PowerShell v6.0.0 src/System.Management.Automation/engine/parser/tokenizer.cs (ScanVariable: in command mode a variable followed by a character that does not start a new token is rescanned as one generic, expandable token; '.' and '[' stay member access and indexing) and CharTraits.cs (ForceStartNewToken: blanks, newlines, ; , | & ( ) { })
$dir = 'C:\Reports'
Write-Output $dir\users.csv
Write-Output $dir/pools.csv
Write-Output ${dir}\x
Write-Output $dir-old
Write-Output $dir'.bak'
Write-Output $dir.Length
Write-Output $dir[0]
Write-Output $dir, 'two'
