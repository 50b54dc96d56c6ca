# source: reference/powershell-semantics.md 5 (unnamed arguments fill positional parameters: Select-Object Name -> -Property, Sort-Object Name, Where-Object Name -eq x, Measure-Object Name)
$v = [pscustomobject]@{ n = 'b'; v = 2 }, [pscustomobject]@{ n = 'a'; v = 1 }
$v | Sort-Object n | Select-Object -ExpandProperty n
$v | Where-Object n -eq 'a' | Select-Object -ExpandProperty v
($v | Measure-Object v -Sum).Sum
