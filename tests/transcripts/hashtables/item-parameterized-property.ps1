# source: .NET System.Collections.Hashtable.Item[Object] docs (the value for a key; a key not found gets null; keys compare case-insensitively in a PowerShell hashtable, about_Hash_Tables 5.1); PowerShell calls a parameterized property like a method ($h.Item('key'))
$pools = @{ se1 = 'beta-ls14-se1.beta.deitterick.com'; ee = 'ls14pool.beta.deitterick.com' }
$pools.Item('ee')
$pools.Item('SE1')
$null -eq $pools.Item('missing')
