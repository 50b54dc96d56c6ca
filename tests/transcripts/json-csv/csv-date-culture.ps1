# source: PowerShell 5.1 CSVCommands.cs (commit 60b3b304f2: GetToStringValueForProperty writes each value's ToString(), so a DateTime is in the current culture, en-US: M/d/yyyy h:mm:ss tt) and ConvertTo-Html.cs (cells are the values' ToString() too); PowerShell's own string conversion ("$date") stays invariant
$row = [pscustomobject]@{ User = 'lcarter'; Moved = [datetime]'2020-01-02 15:04:05' }
$row | ConvertTo-Csv -NoTypeInformation
"$($row.Moved)"
