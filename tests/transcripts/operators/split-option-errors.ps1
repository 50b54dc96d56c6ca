# source: PowerShell v6.0.0 src/System.Management.Automation/engine/lang/parserutils.cs (SplitOperatorImpl, SplitWithPattern: a ParseException InvalidSplitOptionCombination / InvalidSplitOptionWithPredicate), resources/ParserStrings.resx (the texts), SplitOperator.Tests.ps1 ("doesn't works with RegexMatch,SimpleMatch"); the 5.1 ErrorRecord view adds no position to a ParserError without a command (PowerShellCore_format_ps1xml.cs)
'abc' -split 'B', 0, 'RegexMatch,SimpleMatch'
'abc' -split { $_ -eq 'b' }, 0, 'IgnoreCase'
