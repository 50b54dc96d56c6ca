# source: Mastering Windows PowerShell Scripting 3rd ed., "Removing elements from a hashtable" (5.1 record of foreach ($key in $hashtable.Keys) { $hashtable.Remove($key) }: message "Collection was modified; enumeration operation may not execute.", At char:10 with ~ under $key, "OperationStopped: (:) [], InvalidOperationException", "System.InvalidOperationException") and "Adding and changing elements" ("values cannot be changed while looping through the keys"); the .NET enumerator checks the version on the MoveNext after the body, so the first body runs
$h = @{Key1 = 'Value1'}
foreach ($key in $h.Keys) { $h[$key] = 'Updated'; 'body ran' }
$h.Key1
$h = @{Key1 = 'Value1'; Key2 = 'Value2'}
foreach ($key in $h.Keys) { $h.Remove($key) }
$h.Count
foreach ($key in $h.Keys.Clone()) { $h.Remove($key) }
$h.Count
