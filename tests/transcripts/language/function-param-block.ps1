# source: reference/powershell-semantics.md 4.6 (param([type]$a = default, [switch]$s))
function Get-Greeting { param([string]$Name = 'World', [switch]$Loud) $g = "Hello, $Name"; if ($Loud) { $g.ToUpper() } else { $g } }
Get-Greeting
Get-Greeting -Name Lync
Get-Greeting Lync -Loud
