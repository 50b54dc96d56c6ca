# source: lync-facts.md 1.2 (-Filter on ADUser properties; Enabled); topology/default.yaml (nine users, Helen Brown with enabled: false); powershell-semantics.md Measure-Object (statistics not requested are $null, shown empty) and 1.4 (list blank lines)
Get-CsUser -Filter {Enabled -eq $true} | Measure-Object
