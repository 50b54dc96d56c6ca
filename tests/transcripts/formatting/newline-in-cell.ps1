# source: reference/powershell-semantics.md 1.5 (width counts the whole string, newlines included); ComplexWriter.cs TruncateAtNewLine @403ae3f53f (without -Wrap a cell is cut at its first newline and '...' is appended)
[pscustomobject]@{ A = 1; Name = "This`nIs" }
