# source: reference/5.1/Microsoft.PowerShell.Utility/ConvertFrom-Json.md Example 3 (a whole JSON document, read with Get-Content -Raw in the doc, given as a here-string, becomes one custom object); a JSON array property reads {5061, 444}; Booleans are right-aligned (powershell-semantics.md 1.5/1.7); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$json = @"
{
  "Name": "fe1",
  "Ports": [5061, 444],
  "Up": true
}
"@

$json | ConvertFrom-Json
