# source: lync-facts.md 1.10 (MaxEndpointsPerUser 1-64); the message is PowerShell's ValidateRange text (ParameterBinderStrings / Metadata.resx ValidateRangeTooBig) as Lync's parameters declare ranges
try { Set-CsRegistrarConfiguration -Identity global -MaxEndpointsPerUser 65 -ErrorAction Stop } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; "$($_.CategoryInfo.Category)" }
(Get-CsRegistrarConfiguration global).MaxEndpointsPerUser
