# source: lync-facts.md 1.10 (Lync 2010 defaults: MinEndpointExpiration 300, MaxEndpointExpiration 900, DefaultEndpointExpiration 600, MaxEndpointsPerUser 8, EnableDHCPServer False; identity Global); property order per docs/fidelity.md; list layout powershell-semantics.md 1.4
Get-CsRegistrarConfiguration -Identity global
