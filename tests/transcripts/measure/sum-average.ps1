# source: reference/powershell-semantics.md 3.5 (GenericMeasureInfo: Count, Average, Sum, Maximum, Minimum, Property -> six properties -> list in 5.1; unrequested statistics are empty; 1,2,3 -Sum -Average gives 6 and 2); reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 4 layout
1, 2, 3 | Measure-Object -Sum -Average
