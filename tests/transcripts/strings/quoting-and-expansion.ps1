# source: reference/powershell-semantics.md 4.4; about_Quoting_Rules (5.1): double quotes expand $var and $(...), single quotes do not, "$obj.Name" expands only $obj
$name = 'World'
"Hello $name"
'Hello $name'
"Sum: $(1 + 2)"
"$name.Length"
"$($name.Length)"
"`$name is $name"
"He said ""hi"""
'It''s'
