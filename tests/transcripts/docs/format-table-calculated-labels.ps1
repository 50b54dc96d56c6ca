# source: reference/5.1/Microsoft.PowerShell.Utility/Format-Table.md Examples 6 and 7 (a calculated column from a hashtable with Label and Expression, the label may hold spaces; TimeSpans are left-aligned), adapted to [pscustomobject] processes (the first running time's last digit changed from 7 to 0: see timespan-ticks-in-table); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$procs = [pscustomobject]@{ ProcessName = 'notepad'; Elapsed = '03:20:00.2751760' }, [pscustomobject]@{ ProcessName = 'notepad'; Elapsed = '00:00:16.7710520' }
$procs | Format-Table ProcessName, @{
    Label = "TotalRunningTime"
    Expression = {[timespan]$_.Elapsed}
}

$procs | Format-Table ProcessName, @{ Label = "Total Running Time"; Expression = {[timespan]$_.Elapsed} }
