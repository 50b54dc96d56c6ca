# source: lync-facts.md 1.2 (Get-CsUser -Filter {RegistrarPool -eq "..."}, the help's example); the users homed on ls14pool in topology/default.yaml, in directory order
Get-CsUser -Filter {RegistrarPool -eq "ls14pool.beta.deitterick.com"} | Select-Object -ExpandProperty DisplayName
