# source: reference/5.1/Microsoft.PowerShell.Utility/Out-String.md Example 3 (a hashtable value cut with '...' at the console width; -Width 250 lays it out 250 columns wide so nothing is cut: out-string.cs uses -Width as given, else the buffer width - 1); Out-String's string ends with a newline (powershell-semantics.md 1.9); hashtable view Name 30 / Value rest, 5.1 pads every column
@{TestKey = ('x' * 200)} | Out-String
@{TestKey = ('x' * 200)} | Out-String -Width 250
