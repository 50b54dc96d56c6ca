# source: reference/5.1/Microsoft.PowerShell.Utility/Select-String.md Example 1 (-CaseSensitive -SimpleMatch finds only HELLO); MatchInfo custom view (PowerShellCore_format_ps1xml.cs @v6.0.0: format-start blank, the ToString() lines, group-end and format-end blanks)
'Hello', 'HELLO' | Select-String -Pattern 'HELLO' -CaseSensitive -SimpleMatch
