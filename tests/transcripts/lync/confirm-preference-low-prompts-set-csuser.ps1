# source: powershell-semantics.md 7 and about_Preference_Variables ($ConfirmPreference: a cmdlet asks when its ConfirmImpact is at or above the preference; compiled cmdlets default to Medium, so Low and Medium make Set-CsUser ask and High, the default, does not); -NonInteractive makes the prompt fail with 5.1's text (see move-csuser-noninteractive-confirm); nothing changes until the person agrees
$ConfirmPreference = 'Low'
Set-CsUser lcarter@beta.deitterick.com -EnterpriseVoiceEnabled $false
(Get-CsUser lcarter@beta.deitterick.com).EnterpriseVoiceEnabled
$ConfirmPreference = 'High'
Set-CsUser lcarter@beta.deitterick.com -EnterpriseVoiceEnabled $false
(Get-CsUser lcarter@beta.deitterick.com).EnterpriseVoiceEnabled
