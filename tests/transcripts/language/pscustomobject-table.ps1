# source: reference/5.1/Microsoft.PowerShell.Core/About/about_PSCustomObject.md ($object3 shows 'one two' / '--- ---' / '  1   2'); blank lines per powershell-semantics.md 1.4
$object3 = [pscustomobject]@{one=1; two=2}
$object3
