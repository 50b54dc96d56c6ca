# source: reference/5.1/Microsoft.PowerShell.Core/ForEach-Object.md Example 7 (script block, -MemberName/-ArgumentList and the positional foreach Split '.' give the same six lines)
"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" |
    ForEach-Object {$_.Split(".")}

"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" |
    ForEach-Object -MemberName Split -ArgumentList "."

"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" |
    foreach Split "."

