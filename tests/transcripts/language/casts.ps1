# source: reference/powershell-semantics.md 4.3 ([int]3.5 = 4 and [int]2.5 = 2: banker's rounding; [int]'42'; [bool]'False' is True)
[int]3.5
[int]2.5
[int]-2.5
[int]'42'
[double]'1.5'
[bool]'False'
[bool]0
[string]12 + 1
