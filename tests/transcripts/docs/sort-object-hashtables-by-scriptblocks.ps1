# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 10 (hashtables sorted by { $_.weight }, { $_.name } with -OutVariable), the table display suppressed with Out-Null because Hashtable key order is not reproduced
@(
    @{ name = 'a' ; weight = 7 }
    @{ name = 'b' ; weight = 1 }
    @{ name = 'c' ; weight = 3 }
    @{ name = 'd' ; weight = 7 }
) | Sort-Object -Property { $_.weight }, { $_.name } -OutVariable Sorted | Out-Null

$Sorted | ForEach-Object -Process { "{0}: {1}" -f $_.name, $_.weight }
