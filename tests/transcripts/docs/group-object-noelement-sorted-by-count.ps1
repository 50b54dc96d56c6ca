# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md Example 1 (Group-Object -Property Extension -NoElement | Sort-Object -Property Count -Descending; the empty Name is the items without an extension), adapted to [pscustomobject] files; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$files = '.xml', '.ps1xml', '.xml', '', '.txt', '.xml', '.ps1xml', '', '.xml', '.ps1xml' | ForEach-Object { [pscustomobject]@{ Extension = $_ } }
$files |
    Group-Object -Property Extension -NoElement |
    Sort-Object -Property Count -Descending

