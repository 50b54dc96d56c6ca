# source: reference/powershell-semantics.md 1.4 (5.1 grouped table: format-start blank; per group blank, '   Label: value', blank, header, rows, blank; format-end blank) and 3.7 (a new group each time the value changes); BaseOutputtingCommand.cs ProcessGroupStart/End @v6.0.0
$data = [pscustomobject]@{ Pool = 'p1'; Name = 'a' }, [pscustomobject]@{ Pool = 'p1'; Name = 'b' }, [pscustomobject]@{ Pool = 'p2'; Name = 'c' }
$data | Format-Table -Property Name -GroupBy Pool
