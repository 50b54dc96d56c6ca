# source: seed/000_f25d19bc74bf594d.txt: 'beta-ls14-ee2.beta.deitterick.com is the user's primary registrar' (first of PrimaryPoolMachinesInPreferredOrder)
$info = Get-CsUserPoolInfo lcarter@beta.deitterick.com
$info.PrimaryPoolMachinesInPreferredOrder[0].Fqdn
$info.PrimaryPoolMachinesInPreferredOrder[1].Fqdn
$info.PrimaryPoolMachinesInPreferredOrder.Count
