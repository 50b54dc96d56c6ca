# source: reference/powershell-semantics.md 2 and 6.1 ('Property "X" cannot be found.', ExpandPropertyNotFound, InvalidArgument, PSArgumentException, target = the input object)
'abc' | Select-Object -ExpandProperty nope
