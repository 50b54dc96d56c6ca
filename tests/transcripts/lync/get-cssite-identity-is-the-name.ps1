# source: Get-CsSite help (-Identity: "Note that you should specify just the site name ... Do not use the format "site:Redmond" when specifying the Identity."; Example 2 Get-CsSite -Identity "Redmond"); lync-facts.md 2.2 (the Identity property displays Site:<Name>) and 2.5 (not-found text)
Get-CsSite -Identity Site:Beta
(Get-CsSite -Identity Beta).Identity
