# source: lync-facts.md 1.1 (help example Get-CsUserPoolInfo "sip:kenmyer@litwareinc.com"; Identity is position 1) with the seed's user; values from seed/000_f25d19bc74bf594d.txt
(Get-CsUserPoolInfo "sip:lcarter@beta.deitterick.com").PrimaryPoolFqdn
(Get-CsUserPoolInfo "sip:lcarter@beta.deitterick.com").BackupPoolFqdn
