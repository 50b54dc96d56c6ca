# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Example 4 ('abc' and 'xyz' compared by Length: 3 ==) and Example 5 (-Property ProcessName, Id, CPU shows the differing objects; without -Property objects that are not IComparable compare by their string form), adapted to [pscustomobject] processes; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$objects = @{
  ReferenceObject = 'abc'
  DifferenceObject = 'xyz'
  Property = 'Length'
}

Compare-Object @objects -IncludeEqual
$a = [pscustomobject]@{ ProcessName = 'pwsh'; Id = 11168; CPU = 36.203125 }
$b = [pscustomobject]@{ ProcessName = 'pwsh'; Id = 17600; CPU = 11.4375 }
Compare-Object $a $b -Property ProcessName, Id, CPU
Compare-Object $a $b -IncludeEqual
