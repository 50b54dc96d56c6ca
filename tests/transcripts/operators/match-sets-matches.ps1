# source: reference/powershell-semantics.md 4.5 (-match is .NET regex and fills $Matches: key 0 = whole match, numbered and named groups)
'Version 5.1.2' -match '(\d+)\.(\d+)'
$Matches[0]
$Matches[1]
$Matches[2]
'sip:lcarter@beta.deitterick.com' -match 'sip:(?<user>[^@]+)@(?<domain>.+)'
$Matches.user
$Matches['domain']
'abc' -match 'z'
'abc' -notmatch 'z'
