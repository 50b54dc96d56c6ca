# source: reference/5.1/Microsoft.PowerShell.Utility/Format-Table.md Example 2 (Sort-Object -Property BasePriority | Format-Table -GroupBy BasePriority -Wrap: one group, with its own header, per value), adapted to [pscustomobject] processes; grouped table layout per powershell-semantics.md 1.4 (format-start blank; per group a blank, '   BasePriority: n', a blank, the table, a blank; a format-end blank); column widths from each group's objects, as OutputGroupQueue (OutputQueue.cs @v6.0.0) caches and sizes one group at a time
$procs = [pscustomobject]@{ Name = 'Idle'; BasePriority = 0 }, [pscustomobject]@{ Name = 'svchost'; BasePriority = 8 }, [pscustomobject]@{ Name = 'csrss'; BasePriority = 13 }, [pscustomobject]@{ Name = 'explorer'; BasePriority = 8 }
$procs | Sort-Object -Property BasePriority |
    Format-Table -GroupBy BasePriority -Wrap

