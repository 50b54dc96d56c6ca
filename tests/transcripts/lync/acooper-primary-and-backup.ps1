# source: seed/000_f25d19bc74bf594d.txt: the Director's 301 for acooper lists beta-ls14-se1.beta.deitterick.com with q=0.7 (primary registrar) and beta-ls14-se2.beta.deitterick.com with q=0.3 (backup); an SE pool's FQDN is its server's
$acooper = Get-CsUserPoolInfo -Identity acooper@beta.deitterick.com
$acooper.PrimaryPoolFqdn
$acooper.BackupPoolFqdn
