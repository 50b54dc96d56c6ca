# source: reference/5.1/Microsoft.PowerShell.Core/About/about_Trap.md (a trap runs for a terminating error anywhere in its script or function, with $_ the error; by default the error is displayed after the trap block and execution goes on with the next statement; continue silences it; break displays it and stops the script or function; a trap outside a function does not go back into it; a typed trap takes only its exception type); error layout powershell-semantics.md 6.1
function T1 { trap { 'Error found.'; continue } nonsenseString; 'went on' }
T1
function T2 { trap { 'Error found.' } nonsenseString; 'on' }
T2
function function2 { NonsenseString; 'function2 was completed' }
& { trap { "An error: $($_.FullyQualifiedErrorId)"; continue } function2; 'after' }
& { trap [System.DivideByZeroException] { 'div trapped'; continue } trap { 'other trapped'; continue } $z = 0; 1/$z; NonsenseString; 'end' }
& { trap { 'trapped'; break } throw 'boom'; 'not reached' }
'next statement'
