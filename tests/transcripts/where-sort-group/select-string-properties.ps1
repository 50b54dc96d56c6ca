# source: Select-String MatchInfo properties (reference/5.1/Microsoft.PowerShell.Utility/Select-String.md: Line, LineNumber, Matches; -AllMatches finds every match on a line)
$m = 'first', 'a1 b22' | Select-String '\d+'
$m.Line
$m.LineNumber
$m.Matches[0].Value
('Hello World' | Select-String 'l' -AllMatches).Matches.Count
('Hello World' | Select-String 'o\w').Matches[0].Value
