# source: seed/000_f25d19bc74bf594d.txt (PrimaryPoolFqdn / BackupPoolFqdn / UserServicesPoolFqdn values of lcarter)
$info = Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com
$info.PrimaryPoolFqdn
$info.BackupPoolFqdn
$info.UserServicesPoolFqdn
