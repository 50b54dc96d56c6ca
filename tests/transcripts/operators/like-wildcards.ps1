# source: reference/powershell-semantics.md 4.5 (-like wildcards * ? [a-z]; -clike case-sensitive); about_Comparison_Operators (5.1)
'PowerShell' -like 'power*'
'PowerShell' -clike 'power*'
'abc' -like 'a?c'
'abc' -like '[a-b]bc'
'abc' -notlike '*b*'
