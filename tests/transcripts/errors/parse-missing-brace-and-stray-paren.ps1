# source: Parser.cs @60b3b304f2 (ScriptBlockRule/CompleteScriptBlockBody: the script block stops at ')', "Missing closing '}'" at its '{'; the ')' ends the command, then the top level reports the stray ')' and '}'); layout as 5.1 transcripts gwblok/garytown#14 and microsoft/MSLab#342 (ParserError: (:) [], ParentContainsErrorRecordException, the first error's id)
Get-CsUser | Where-Object { $_.Enabled -eq $true ) }
'next'
