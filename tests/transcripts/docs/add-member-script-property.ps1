# source: reference/5.1/Microsoft.PowerShell.Utility/Add-Member.md Example 7 (a ScriptProperty with a getter and a setter reaching into a nested object; Get-Member shows its definition; setting Title changes Position.Role); Get-Member's grouped table (powershell-semantics.md 1.4 and 3.6: format-start blank, per type a blank, the '   TypeName:' line, a blank, the auto-sized table, a group-end blank; a format-end blank); list blank lines per powershell-semantics.md 1.4
$user = [pscustomobject]@{
    Name      = 'User1'
    Age       = 29
    StartDate = [datetime]'2019-05-05'
    Position  = [pscustomobject]@{
        DepartmentName = 'IT'
        Role = 'Manager'
    }
}

$addMemberSplat = @{
    MemberType = 'ScriptProperty'
    Name = 'Title'
    Value = { $this.Position.Role }                  # getter
    SecondValue = { $this.Position.Role = $args[0] } # setter
}

$user | Add-Member @addMemberSplat
$user | Get-Member
$user.Title = 'Dev Manager'
$user
