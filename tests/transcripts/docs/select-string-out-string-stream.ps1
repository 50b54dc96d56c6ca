# source: reference/5.1/Microsoft.PowerShell.Utility/Select-String.md Example 10 (a hashtable's ToString() does not match; Out-String -Stream gives one matching line, padded to the 88-column Value width as 5.1 pads every column); MatchInfo custom view (PowerShellCore_format_ps1xml.cs @v6.0.0: format-start blank, the ToString() lines, group-end and format-end blanks)
$hash = @{
    Name = 'foo'
    Category = 'bar'
}

$hash | Select-String -Pattern 'foo'
$hash | Out-String -Stream | Select-String -Pattern 'foo'
