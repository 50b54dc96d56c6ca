# source: PowerShell 5.1 src/System.Management.Automation/engine/runtime/Operations/NumericOps.cs (commit 60b3b304f2: IntOps.Add/Sub/Multiply and LongOps return a Double when the result overflows Int32 / Int64; an Int64 operand keeps an Int64 result); Doubles print with 15 significant digits (reference/powershell-semantics.md 1.1)
[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
[long]::MaxValue + 1
(5 * 1L).GetType().Name
$n = [int]::MaxValue
$n++
$n.GetType().Name
