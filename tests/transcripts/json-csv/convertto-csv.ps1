# source: reference/powershell-semantics.md 3.10 (5.1: '#TYPE <type name>' line unless -NoTypeInformation, header of quoted names, every value quoted); ConvertTo-Csv.Tests.ps1 @v6.0.0 expectations
[pscustomobject]@{ First = 1; Second = 2 } | ConvertTo-Csv
[pscustomobject]@{ First = 1; Second = 2 } | ConvertTo-Csv -NoTypeInformation
[pscustomobject]@{ First = 1; Second = 2 } | ConvertTo-Csv -Delimiter ';' -NoTypeInformation
