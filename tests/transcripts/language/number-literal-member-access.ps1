# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Numeric_Literals.md ("Access properties and methods of numeric objects": 2.GetType() fails, 2L / 1.234 / (2) work); tokenizer.cs ScanNumberHelper ('.' ends a number only after digits or a suffix)
2.GetType().Name
2L.GetType().Name
1.234.GetType().Name
(2).GetType().Name
1..3
