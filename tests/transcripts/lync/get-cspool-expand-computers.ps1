# source: Get-CsPool help Example 2 ("The Computers property is an array of objects representing each computer in the pool. When you expand the Computers property you get back detailed information about each of these computers"); Get-CsComputer help (Identity, pool, FQDN of each computer, in topology order; lync-facts.md 1.4); powershell-semantics.md 1.4 (three properties: a table)
Get-CsPool -Identity ls14pool.beta.deitterick.com | Select-Object -ExpandProperty Computers
(Get-CsPool -Identity ls14pool.beta.deitterick.com).Computers
