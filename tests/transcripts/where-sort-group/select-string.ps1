# source: reference/powershell-semantics.md 1 and PowerShellCore_format_ps1xml.cs MatchInfo view @v6.0.0 (a custom control: format-start blank, one line per match - the line itself for piped strings - then group-end and format-end blanks); matching is case-insensitive unless -CaseSensitive
'Hello World', 'Goodbye', 'World peace' | Select-String -Pattern 'world'
'Hello World' | Select-String -Pattern 'WORLD' -CaseSensitive
'a.b', 'axb' | Select-String -SimpleMatch '.'
