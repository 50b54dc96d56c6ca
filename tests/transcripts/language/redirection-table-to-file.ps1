# source: about_Redirection 5.1 (the file holds the output as the console displays it) and reference/powershell-semantics.md 1.4 / 3.8 (table blank lines; Out-File pads like the console)
[pscustomobject]@{Name='a'; Count=1} > table.txt
(Get-Content table.txt).Count
Get-Content table.txt
