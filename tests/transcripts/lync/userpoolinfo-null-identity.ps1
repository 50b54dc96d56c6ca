# source: lync-facts.md 1.1 (Identity is mandatory, a UserIdParameter); 5.1 refuses $null for a mandatory parameter before the cmdlet runs: text, argument position and CategoryInfo as the 5.1 transcript in EvotecIT/GPOZaurr issue #9 shows (ParameterArgumentValidationErrorNullNotAllowed, ParameterBindingValidationException); layout powershell-semantics.md 6.1
# exit: 1
Get-CsUserPoolInfo -Identity $null
