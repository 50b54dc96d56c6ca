# source: reference/powershell-semantics.md 1.6 (values longer than the screen wrap to screen - label - 3 columns, continuation indented by label + 3); ListWriter.cs/ComplexWriter.cs word wrap (words keep their trailing blank) @v6.0.0
[pscustomobject]@{ Text = ('word ' * 30).Trim() } | Format-List
