# source: reference/powershell-semantics.md 4.4 (here-strings: @" "@ expands, @' '@ is literal; first and last line breaks are not part of the value); the empty line after each ends the multi-line input under -Command - (PowerShell issue #3223)
$x = 'v'
@"
Value: $x
  indented
"@

@'
Literal: $x
'@

