# source: reference/powershell-semantics.md 3.8 (Tee-Object -Variable name passes input through and saves it)
1, 2 | Tee-Object -Variable saved | ForEach-Object { $_ * 10 }
$saved
