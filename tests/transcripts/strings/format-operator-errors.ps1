# source: PowerShell -f calls String.Format; a FormatException becomes "Error formatting a string: <message>." with FullyQualifiedErrorId FormatError (5.1 ParserStrings FormatError); .NET texts "Index (zero based) must be greater than or equal to zero and less than the size of the argument list." and "Format specifier was invalid." (Int32/Double.ToString with D on a Double)
'{0} {1}' -f 'a'
'{0:D2}' -f 2.5
