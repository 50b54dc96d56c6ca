# source: seed/000_f25d19bc74bf594d.txt (Get-CsUserPoolInfo output, verbatim); blank lines re-added by the 5.1 list rule (reference/powershell-semantics.md 1.4)
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com
