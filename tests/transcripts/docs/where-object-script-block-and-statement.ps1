# source: reference/5.1/Microsoft.PowerShell.Core/Where-Object.md Example 1 (script block and comparison statement forms filter alike), adapted to [pscustomobject] services; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$services = [pscustomobject]@{ Status = 'Running'; Name = 'Appinfo'; DisplayName = 'Application Information' }, [pscustomobject]@{ Status = 'Stopped'; Name = 'ALG'; DisplayName = 'Application Layer Gateway Service' }, [pscustomobject]@{ Status = 'Stopped'; Name = 'BITS'; DisplayName = 'Background Intelligent Transfer Service' }
$services | Where-Object { $_.Status -eq "Stopped" }
$services | Where-Object Status -EQ "Stopped"
