# source: reference/powershell-semantics.md 1.5 (too wide: TrimToFit shrinks the last column to fit 119 columns; 5.1 truncation appends '...')
[pscustomobject]@{ Id = 1; Text = 'x' * 130 }
