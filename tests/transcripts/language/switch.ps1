# source: reference/powershell-semantics.md 4.6 (switch: case-insensitive -eq, all matching clauses run unless break, collections iterate with $_, -Wildcard, -Regex, scriptblock conditions); about_Switch (5.1)
switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }
switch ('b') { 'A' { 'a' } 'B' { 'b matched' } }
switch (1, 5) { 1 { 'one' } default { "other $_" } }
switch -Wildcard ('foobar') { 'foo*' { 'starts foo' } '*bar' { 'ends bar' } }
switch -Regex ('abc123') { '^\d+$' { 'digits' } '\d' { 'has digit' } }
switch (4) { { $_ -gt 3 } { 'greater than 3' } }
switch (2) { 2 { 'first'; break } 2 { 'second' } }
switch (2) { 2 { 'first' } 2 { 'second' } }
