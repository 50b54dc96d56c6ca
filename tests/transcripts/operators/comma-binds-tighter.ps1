# source: reference/powershell-semantics.md 4.5 precedence note: 'a','b' -eq 'a' is ('a','b') -eq 'a'
'a', 'b' -eq 'a'
('a', 'b' -eq 'a').GetType().Name
