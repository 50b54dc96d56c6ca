# source: reference/powershell-semantics.md 3.5 ('The property "X" cannot be found in the input for any objects.'); Measure-Object.cs @v6.0.0 (GenericMeasurePropertyNotFound, InvalidArgument, PSArgumentException, no target, message in ErrorDetails so the view adds no trailing ' ' line; no result object)
[pscustomobject]@{a=1} | Measure-Object -Property b -Sum
