# source: Parser.cs @60b3b304f2 (StatementBlockRule: a block whose statements stop at ')' reports "Missing closing '}'" at its '{' and counts as closed; CompleteScriptBlockBody at the top level reports each stray ')' / '}' and goes on; PipelineRule reports a token after a whole statement without eating it); ParseException lists every error with its position block, one after another, then the first error's id (real 5.1 transcripts gwblok/garytown#14, ecitsolutions/Autotask#69: no blank line between); nothing of the input runs
if ($true) {
    1 + 2)
    'x' 'y'
}

'after'
