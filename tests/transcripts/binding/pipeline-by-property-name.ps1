# source: reference/powershell-semantics.md 5 (pipeline binding: ByValue first, then ByPropertyName); about_Parameters (5.1)
function Show-Server { param([Parameter(ValueFromPipelineByPropertyName)][string]$Name, [Parameter(ValueFromPipelineByPropertyName)][int]$Port) process { "$Name listens on $Port" } }
[pscustomobject]@{ Name = 'fe1'; Port = 5061 }, [pscustomobject]@{ Name = 'dir'; Port = 444 } | Show-Server
