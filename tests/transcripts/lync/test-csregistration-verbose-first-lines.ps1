# source: lync-facts.md 1.12 and TechNet Dn743841 ("Testing the ability of a user to log on", its -Verbose sample: VERBOSE: 'Register' activity started. / Sending Registration request: / " Target Fqdn = ..." / " User Sip Address = ..." / " Registrar Port = 5061." / Auth Type 'Trusted' is selected.); the verbose record is one message whose later lines carry no VERBOSE: prefix; -OutVerboseVariable keeps the same text
Test-CsRegistration -TargetFqdn ls14pool.beta.deitterick.com -UserSipAddress sip:lcarter@beta.deitterick.com -OutVerboseVariable log | Out-Null
($log -split "`r?`n")[0..5]
