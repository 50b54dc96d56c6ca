# source: lync-facts.md 1.6 (-Registrar selects the Registrar services, identities Registrar:<pool>; BackupRegistrar holds the backup's service identity); topology/default.yaml (se1 and se2 back each other up, se2 backs up ls14pool; the Director's service is Director:<fqdn>, docs/fidelity.md); powershell-semantics.md 1.4 and 1.5
Get-CsService -Registrar | Select-Object Identity,BackupRegistrar
