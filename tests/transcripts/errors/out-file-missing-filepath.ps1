# source: reference/5.1/Microsoft.PowerShell.Utility/Out-File.md (default set ByPath; -FilePath Required: True, Position 0, Accept pipeline input: False); a missing mandatory parameter in a host that cannot prompt (-NonInteractive) is MissingMandatoryParameter, as for Get-Credential (errors/get-credential-missing-mandatory)
# exit: 1
'x' | Out-File
