# source: lync-facts.md 1.2 and 1.9 (Disable-CsUser clears every Lync attribute, the SIP address included, so Get-CsUser no longer returns the user; Enable-CsUser -SipAddressType SAMAccountName -SipDomain builds sip:<SamAccountName>@<domain> and homes the user on -RegistrarPool; neither prints anything without -PassThru) and 2.5 (not-found text); topology/default.yaml (Bob Miller, bmiller, homed on beta-ls14-se1)
Disable-CsUser -Identity bmiller@beta.deitterick.com
Get-CsUser -Identity bmiller@beta.deitterick.com
Enable-CsUser -Identity bmiller@beta.deitterick.com -RegistrarPool ls14pool.beta.deitterick.com -SipAddressType SAMAccountName -SipDomain beta.deitterick.com
Get-CsUser -Identity bmiller@beta.deitterick.com | Format-List SipAddress, RegistrarPool, Enabled
(Get-CsUserPoolInfo -Identity bmiller@beta.deitterick.com).PrimaryPoolFqdn
