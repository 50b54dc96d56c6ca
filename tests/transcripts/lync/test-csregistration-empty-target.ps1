# source: lync-facts.md 1.12 (-TargetFqdn <String> is mandatory); 5.1 refuses an empty string for a mandatory String parameter: text, position and CategoryInfo as the 5.1 transcript in dpaulson45/HealthChecker issue #214 shows (ParameterArgumentValidationErrorEmptyStringNotAllowed); layout powershell-semantics.md 6.1
# exit: 1
Test-CsRegistration -TargetFqdn ""
