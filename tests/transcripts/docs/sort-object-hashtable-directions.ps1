# source: reference/5.1/Microsoft.PowerShell.Utility/Sort-Object.md Example 5 (@{Expression = 'Status'; Descending = $true}, @{Expression = 'DisplayName'; Descending = $false}), adapted to [pscustomobject] services with string statuses (so Stopped sorts first descending); blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$services = [pscustomobject]@{ Status = 'Stopped'; Name = 'ALG'; DisplayName = 'Application Layer Gateway Service' }, [pscustomobject]@{ Status = 'Running'; Name = 'BthAvctpSvc'; DisplayName = 'AVCTP service' }, [pscustomobject]@{ Status = 'Running'; Name = 'Appinfo'; DisplayName = 'Application Information' }, [pscustomobject]@{ Status = 'Stopped'; Name = 'AppMgmt'; DisplayName = 'Application Management' }
$services |
    Sort-Object -Property @{Expression = "Status"; Descending = $true},
                          @{Expression = "DisplayName"; Descending = $false}

