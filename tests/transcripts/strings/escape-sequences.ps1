# source: reference/powershell-semantics.md 4.4 (backtick escapes inside double quotes: `n newline, `$, `", any other char is itself)
"one`ntwo"
"a`$b"
"quote `" inside"
"`q"
