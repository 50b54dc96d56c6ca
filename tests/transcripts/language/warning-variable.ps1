# source: reference/5.1/Microsoft.PowerShell.Core/About/about_CommonParameters.md (-WarningVariable: "All generated warnings are saved in the variable even if the warnings are suppressed from display"; a + before the name appends; -WarningAction Ignore records nothing)
Write-Warning 'first' -WarningVariable wv -WarningAction SilentlyContinue
$wv.Count
$wv[0].Message
Write-Warning 'second' -WarningVariable +wv -WarningAction SilentlyContinue
$wv.Count
Write-Warning 'third' -WarningVariable ignored -WarningAction Ignore
$ignored.Count
