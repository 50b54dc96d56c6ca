# source: .NET DateTime.ToString() docs (the current culture's general "G" format; en-US M/d/yyyy h:mm:ss tt) and Object.ToString() (an array gives its type's full name); about_Quoting_Rules 5.1 and reference/powershell-semantics.md 4.4 for PowerShell's own conversion in "$x" (invariant date, space-joined array)
$moved = [datetime]'2020-01-02 15:04:05'
$moved.ToString()
"$moved"
$pools = 'se1', 'ee'
$pools.ToString()
"$pools"
