# source: lync-facts.md 2.1 (a UserIdParameter is a SIP address, a UPN, DOMAIN\logon, a display name or a distinguished name; "sip:" optional per the emulator's documented choice); the user and her attributes are topology/default.yaml's (the seed's lcarter)
(Get-CsUser -Identity "sip:lcarter@beta.deitterick.com").DisplayName
(Get-CsUser -Identity "lcarter@beta.deitterick.com").DisplayName
(Get-CsUser -Identity "BETA\lcarter").DisplayName
(Get-CsUser -Identity "Lisa Carter").SipAddress
(Get-CsUser -Identity "CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com").SamAccountName
