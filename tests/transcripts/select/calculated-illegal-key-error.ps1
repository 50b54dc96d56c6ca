# source: reference/powershell-semantics.md 2 ('The X key is not valid.'); FormatAndOut_MshParameter.resx IllegalKeyError and MshParameter.cs @v6.0.0 (terminating, ErrorId DictionaryKeyIllegal, InvalidArgument, NotSupportedException, message in ErrorDetails so no trailing ' ' line)
# exit: 1
[pscustomobject]@{a=1} | Select-Object @{ foo = 'a' }
