# source: reference/powershell-semantics.md 4.6 (output is everything not captured; return x outputs x then exits)
function f { 'a'; return 'b'; 'c' }
f
function g { $null = 'hidden'; 'shown' }
g
