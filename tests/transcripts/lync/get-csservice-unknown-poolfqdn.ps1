# source: Get-CsService help (-PoolFqdn limits the services to one pool; Example 3); lync-facts.md 2.5 (not-found text); the error for a pool the topology lacks is the emulator's documented choice (docs/fidelity.md), the same as Get-CsPool -Site and Get-CsComputer -Pool give; $? is False after a non-terminating error (powershell-semantics.md)
Get-CsService -Registrar -PoolFqdn ls14poo1.beta.deitterick.com
$?
(Get-CsService -Registrar -PoolFqdn LS14POOL.beta.deitterick.com).Identity
