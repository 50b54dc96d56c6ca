# source: reference/powershell-semantics.md 3.4 (5.1 emits groups in order of first appearance; grouping is case-insensitive; -NoElement: Count and Name only, GroupInfoNoElement view widths 5 and 25)
'b', 'a', 'b' | Group-Object -NoElement
'A', 'a', 'B' | Group-Object -NoElement
