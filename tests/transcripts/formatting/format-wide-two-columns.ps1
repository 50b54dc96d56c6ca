# source: BaseOutputtingCommand.cs WideOutputContext and ColumnWidthManager.cs @v6.0.0 (-Column 2: the 119 columns are shared out one at a time, 59 + 1 + 59; group start and end add blank lines)
'alpha', 'beta', 'gamma' | ForEach-Object { [pscustomobject]@{ n = $_ } } | Format-Wide -Property n -Column 2
