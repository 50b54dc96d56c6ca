# source: Get-CsPool help (-Site: "The site in question should be referenced using the site's DisplayName (for example, Redmond) rather than the site Identity (for example, site:Redmond)"), so site:Beta names no site; lync-facts.md 2.5 (not-found text); topology/default.yaml (five pools in site Beta)
Get-CsPool -Site site:Beta
(Get-CsPool -Site Beta).Count
