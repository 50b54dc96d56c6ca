# source: reference/powershell-semantics.md 4.4/4.5 (+ concatenates with a string on the left, converts the right with a number on the left; string repetition)
'a' + 'b'
'n' + 5
5 + '5'
'ab' * 3
'-' * 10
