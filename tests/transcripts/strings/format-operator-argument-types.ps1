# source: .NET docs "Composite formatting" (a format string applies only to an argument that implements IFormattable; a String ignores it) and "Standard numeric format strings" (en-US currency: negative values in parentheses on .NET Framework, CurrencyNegativePattern 0); "Standard date and time format strings" (en-US f, y) and "Custom TimeSpan format strings" (hh\:mm)
'{0:N2}' -f '3'
'{0:C}' -f -5
'{0:C}' -f 1234.5
'{0:f}' -f [datetime]'2020-01-02 15:04'
'{0:y}' -f [datetime]'2020-01-02'
'{0:hh\:mm}' -f [timespan]'01:02:03'
'{0}' -f [datetime]'2020-01-02 15:04:05'
