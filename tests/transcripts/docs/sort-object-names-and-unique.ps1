# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 7 (case-insensitive sort keeps localhost/LOCALHOST/localhost together; -Unique keeps one of them)
$names = 'localhost', 'server01', 'server25', 'LOCALHOST', 'Server19', 'server3', 'localhost'
$names | Sort-Object
$names | Sort-Object -Unique
