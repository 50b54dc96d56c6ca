# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Examples 3 and 7 (TextMeasureInfo table Lines Words Characters Property: 4 4 15; 3; 3 5); alignment from the first object's values (null -> left), 5.1 padding, blank lines (reference/powershell-semantics.md 1.4/1.5)
"One", "Two", "Three", "Four" | Measure-Object -Character -Line -Word
"One`nTwo`nThree" | Measure-Object -Line
"One, Two", "Three", "Four Five" | Measure-Object -Word -Line
