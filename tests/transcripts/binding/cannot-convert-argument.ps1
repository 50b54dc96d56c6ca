# source: reference/powershell-semantics.md 5 (CannotConvertArgumentNoMessage: 'Cannot bind parameter ... Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."'; the argument's extent); message longer than 119 word-wraps
1..3 | Select-Object -First x
