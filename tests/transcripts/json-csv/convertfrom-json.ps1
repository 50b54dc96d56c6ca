# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertFrom-Json.md (JSON objects become PSCustomObjects); table layout per powershell-semantics.md 1.5/1.7
'{"a":1,"b":[1,2],"c":"x"}' | ConvertFrom-Json
('{"pool":{"fqdn":"ls14pool.beta.deitterick.com"}}' | ConvertFrom-Json).pool.fqdn
