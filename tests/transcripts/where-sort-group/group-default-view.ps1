# source: reference/powershell-semantics.md 3.4 and 1.5 (GroupInfo view: Count width 5 right-aligned, Name width 25, Group takes the rest: 119 - 32 = 87; 5.1 pads every column)
'a', 'b', 'a' | Group-Object
