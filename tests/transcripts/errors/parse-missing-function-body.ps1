# source: PowerShell/PowerShell issue #2068 (real 5.1.14393 transcript) (function name alone on a line: MissingFunctionBody at char 13, one ~ at end of line)
function foo
'next'
