# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PowerShell_exe.md (-Command - example: input "in", "hi" | % { "$_ there" }, "out" prints in / hi there / out)
"in"

"hi" |
  % { "$_ there" }

"out"
