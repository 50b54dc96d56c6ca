# source: reference/powershell-semantics.md 6.1/6.3 (the position is the throw statement inside the function's own text; no command prefix for throw)
function f { throw 'inner' }
f
