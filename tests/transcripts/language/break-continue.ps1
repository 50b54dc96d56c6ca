# source: reference/powershell-semantics.md 4.6 (break, continue); about_Break, about_Continue (5.1)
foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }
