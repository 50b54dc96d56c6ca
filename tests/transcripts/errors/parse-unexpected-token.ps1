# source: reference/powershell-semantics.md 6 / brief (Unexpected token ')' in expression or statement., ErrorId UnexpectedToken, ParserError: (:) [], ParentContainsErrorRecordException; a parse error prints position first, then the message: ParseError.ToString and the view script @403ae3f53f); the next input still runs
1 + 2)
'after'
