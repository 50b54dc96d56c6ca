# source: reference/5.1/Microsoft.PowerShell.Utility/Measure-Object.md Example 4 (Measure-Object counts every object; with -Property only those having it), adapted to [pscustomobject] services and processes; 5.1 list of Count Average Sum Maximum Minimum Property; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$services = [pscustomobject]@{ Name = 'ALG'; DisplayName = 'Application Layer Gateway Service' }, [pscustomobject]@{ Name = 'BITS'; DisplayName = 'Background Intelligent Transfer Service' }
$processes = [pscustomobject]@{ Name = 'explorer'; Id = 4232 }, [pscustomobject]@{ Name = 'pwsh'; Id = 17600 }, [pscustomobject]@{ Name = 'notepad'; Id = 11168 }

$services + $processes | Measure-Object
$services + $processes | Measure-Object -Property DisplayName
