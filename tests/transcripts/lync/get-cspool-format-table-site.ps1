# source: lync-facts.md 1.3 (Cluster objects with Identity and Site) and 2.2 (a site property displays Site:<Name>); topology/default.yaml (five pools of site Beta, in cluster order); powershell-semantics.md 1.4 and 1.5 (Format-Table layout)
Get-CsPool | Format-Table Identity,Site
