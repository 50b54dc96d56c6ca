# source: reference/5.1/Microsoft.PowerShell.Utility/Get-Unique.md Examples 1 and 2 (Sort-Object | Get-Unique keeps one of each value: the integers, and the words of lowercased lines counted with .Count)
1,1,1,1,12,23,4,5,4643,5,3,3,3,3,3,3,3 | Sort-Object | Get-Unique
$A = $( foreach ($line in 'The quick brown fox', 'jumps over the lazy dog') {
    $line.ToLower().Split(" ")
  }) | Sort-Object | Get-Unique

$A.Count
$A -join ','
