# source: reference/powershell-semantics.md 3.2 (several positional blocks: first = begin, last = end, middle = process: 1..2 | % {'begin'} {'process'} -> begin, process, process)
1..2 | % {'begin'} {'process'}
1..2 | % {'begin'} {"process $_"} {'end'}
