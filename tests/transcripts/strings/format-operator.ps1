# source: reference/powershell-semantics.md 4.4 (-f is .NET composite formatting: {0,5}, {0:N2}, {{ }}); en-US number formats
'{0} is {1}' -f 'x', 5
'[{0,5}]' -f 7
'[{0,-5}]' -f 7
'{0:N2}' -f 1234.5
'{0:D3}' -f 7
'{0:X}' -f 255
'{{0}} {0}' -f 1
'{1}{0}' -f 'a', 'b'
