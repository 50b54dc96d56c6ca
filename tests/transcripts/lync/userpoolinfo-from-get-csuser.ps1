# source: lync-facts.md 1.1 (Get-CsUser | Get-CsUserPoolInfo: ADUser objects bind to -Identity from the pipeline) with the seed's lcarter: her first preferred machine is 1:5-2
(Get-CsUser -Identity lcarter@beta.deitterick.com | Get-CsUserPoolInfo).PrimaryPoolMachinesInPreferredOrder[0].Fqdn
