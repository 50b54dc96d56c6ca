# source: reference/powershell-semantics.md 1.6 (one line per property, an empty value leaves 'Label : ' with its trailing space) and 3.7 (-Property *)
[pscustomobject]@{ a = 1; b = $null; c = 'x' } | Format-List *
