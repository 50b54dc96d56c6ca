# source: .NET Regex.Split docs ("If a match is found at the beginning or the end of the input string, an empty string is included at the beginning or end of the returned array"; the empty-pattern example splits every character); PowerShell v6.0.0 parserutils.cs (SplitWithPattern calls Regex.Split)
('abc' -split '').Count
('abc' -split '')[1]
(',a,' -split ',').Count
