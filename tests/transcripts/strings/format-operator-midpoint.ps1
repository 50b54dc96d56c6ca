# source: .NET docs "Standard numeric format strings" (on .NET Framework a midpoint rounds away from zero: MidpointRounding.AwayFromZero; doubles are formatted from 15 significant digits) and "Custom numeric format strings" (0 and # placeholders); 5.1 runs on .NET Framework
'{0:F0}' -f 2.5
'{0:N0}' -f 3.5
'{0:F2}' -f 0.125
'{0:N1}' -f 1234.45
'{0:00000}' -f 123
'{0:0.0#}' -f 1234
'{0:#,##0.00}' -f 1234567.891
(2.5).ToString('F0')
