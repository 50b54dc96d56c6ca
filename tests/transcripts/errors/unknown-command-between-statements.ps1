# source: reference/powershell-semantics.md 5/6.3 (CommandNotFound stops only its own statement; the next statement runs; char is the column in that input)
'before'; nosuch; 'after'
