# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Example 1 (cat =>, racoon =>, dog <=, squirrel <=); blank lines and padding per powershell-semantics.md 1.4/1.5
Compare-Object -ReferenceObject 'dog', 'squirrel', 'bird' -DifferenceObject 'cat', 'bird', 'racoon'
