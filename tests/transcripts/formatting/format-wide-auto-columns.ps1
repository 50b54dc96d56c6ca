# source: BaseOutputtingCommand.cs @v6.0.0 ProcessObject: group caching (and so ProcessCachedGroupOnWide's width hint) is enabled only for -AutoSize or tables without declared widths; Format-Wide without -Column/-AutoSize has no hint and WideOutputContext lays out 2 columns of (119/2) characters
'alpha', 'beta', 'gamma' | ForEach-Object { [pscustomobject]@{ n = $_ } } | Format-Wide -Property n
