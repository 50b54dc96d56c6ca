# source: .NET DateTime.Parse with the invariant culture (month/day/year, ISO 8601 year-month-day, month names, 12- or 24-hour times), which PowerShell's [datetime] cast uses (LanguagePrimitives converts strings with CultureInfo.InvariantCulture); "Custom date and time format strings" for the output
([datetime]'2020-01-02 15:04').ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'1/2/2020 3:04 PM').ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'Jan 2, 2020').ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'2 January 2020 08:15:30').ToString('yyyy-MM-dd HH:mm:ss')
([datetime]'2020-01-02T03:04:05.5').ToString('yyyy-MM-dd HH:mm:ss.fff')
[datetime]'13/01/2020'
