# source: lync-facts.md 1.6 (the Registrar service carries BackupRegistrar as a service identity, EnableAutomaticFailover and the two TimeSpan intervals; service tail SiteId/PoolFqdn/Version/Role with Version 5 for Lync 2010) and 4.4 (Topology Builder defaults 120 s / 240 s); backup and failover values from topology/default.yaml
$r = Get-CsService -Identity Registrar:ls14pool.beta.deitterick.com
$r.BackupRegistrar
$r.EnableAutomaticFailover
"$($r.FailureDetectionInterval)"
"$($r.FailbackDetectionInterval)"
$r.SiteId
$r.Version
$r.Role
