# source: reference/powershell-semantics.md 4.5 (case-insensitive by default, c-prefix case-sensitive, right operand converted to the left operand's type: 1 -eq '1.0' True, '1.0' -eq 1 False)
1 -eq '1.0'
'1.0' -eq 1
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'10' -gt '9'
10 -gt '9'
