# source: reference/powershell-semantics.md 4.1 (# and <# #> comments; ; separates statements; a trailing backtick continues the line, ended here by an empty line per PowerShell issue #3223)
# a comment prints nothing
<# a block comment #> 'after block'
'a'; 'b'
1 + `
2

