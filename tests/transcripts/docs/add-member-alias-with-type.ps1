# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Example 6 (an AliasProperty with SecondValue UInt32: Get-Member shows 'IntAge = (System.UInt32)Age' first, as AliasProperty sorts first; Age + 1 concatenates, IntAge + 1 adds); Get-Member's grouped table (powershell-semantics.md 1.4 and 3.6: format-start blank, per type a blank, the '   TypeName:' line, a blank, the auto-sized table, a group-end blank; a format-end blank)
$user = [pscustomobject]@{
    Name = 'Doris'
    Age = '20'
}

$addMemberSplat = @{
    MemberType = 'AliasProperty'
    Name = 'IntAge'
    Value = 'Age'
    SecondValue = 'UInt32'
}

$user | Add-Member @addMemberSplat
$user | Get-Member
$user.Age + 1
$user.IntAge + 1
