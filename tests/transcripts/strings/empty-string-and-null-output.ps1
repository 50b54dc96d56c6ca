# source: reference/powershell-semantics.md 1.1 ($null prints nothing; '' prints one empty line; $true/$false print True/False)
'before'
$null
''
$true
$false
'after'
