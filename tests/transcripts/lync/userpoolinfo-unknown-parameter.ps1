# source: powershell-semantics.md 5 (NamedParameterNotFound, squiggles under the parameter token) with the Lync cmdlet class from lync-facts.md 1.1
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com -Foo
