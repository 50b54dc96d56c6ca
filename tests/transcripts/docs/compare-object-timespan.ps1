# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Example 6 (the difference object is converted to the reference object's type: a TimeSpan and '0:0:1' are equal, a string and a TimeSpan are not); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
Compare-Object ([timespan]"0:0:1") "0:0:1" -IncludeEqual
Compare-Object "0:0:1" ([timespan]"0:0:1")
