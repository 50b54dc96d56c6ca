# source: PowerShell/PowerShell issue #3223 (5.1 -Command - treats stdin as typed input: a multi-line command runs only after an empty line, so this input prints only 'first')
"first"
"hi" |
  % { "$_ there" }
"last"
