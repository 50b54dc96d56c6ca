# source: PowerShell v5.1 ParseException.Message (each ParseError.ToString(): position, then message) reported by Invoke-Expression
# exit: 1
Invoke-Expression "1 +"
