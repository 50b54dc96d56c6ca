# source: about_Redirection 5.1 ("Potential confusion with comparison operators": "36 > 42" writes a file named 42 holding 36; "36 < 42" is the parse error RedirectionNotSupported, shown with the parse-error layout of reference/powershell-semantics.md 6.1)
# exit: 1
if (36 > 42) { "true" } else { "false" }
Get-Content 42
if (36 < 42) { "true" } else { "false" }
