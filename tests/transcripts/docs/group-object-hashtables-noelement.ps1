# source: reference/5.1/Microsoft.PowerShell.Utility/Group-Object.md Example 10 (hashtables grouped by { $_.weight } with -NoElement: 2 7, 1 1, 1 3); GroupInfoNoElement view widths 5/25; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
@(
    @{ name = 'a' ; weight = 7 }
    @{ name = 'b' ; weight = 1 }
    @{ name = 'c' ; weight = 3 }
    @{ name = 'd' ; weight = 7 }
) | Group-Object -Property { $_.weight } -NoElement

