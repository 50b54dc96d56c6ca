# source: reference/powershell-semantics.md 1.1/1.3 (scalars arriving during a table print as plain lines in place, without ending the table; widths ignore them: OutputQueue.cs notifies only in-band entries)
[pscustomobject]@{ a = 1 }, 'text', [pscustomobject]@{ a = 22 }
