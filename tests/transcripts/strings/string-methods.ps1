# source: .NET System.String methods as called from PowerShell (about_Methods, 5.1)
'Hello'.ToUpper()
'Hello'.Length
'a-b-c'.Split('-')
'  pad  '.Trim()
'Hello'.Substring(1, 3)
'Hello'.Contains('ell')
'Hello'.Replace('l', 'L')
'abc'.IndexOf('c')
'ls14pool.beta.deitterick.com'.Split('.')[0]
