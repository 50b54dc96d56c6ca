# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertFrom-Csv.md (the first line is the header; values are strings); table per powershell-semantics.md 1.5
'Name,Port', 'fe1,5061', 'dir,444' | ConvertFrom-Csv
('Name,Port', 'fe1,5061' | ConvertFrom-Csv).Port.GetType().Name
