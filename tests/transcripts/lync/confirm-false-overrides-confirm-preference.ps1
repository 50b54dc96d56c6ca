# source: about_Preference_Variables ($ConfirmPreference) and about_CommonParameters (-Confirm:$false suppresses the confirmation whatever $ConfirmPreference says; -Confirm asks even for a low-impact change); lync-facts.md 1.10 (Set-CsRegistrarConfiguration ranges and defaults: MaxEndpointsPerUser 8)
$ConfirmPreference = 'Low'
Set-CsRegistrarConfiguration -Identity global -MaxEndpointsPerUser 10 -Confirm:$false
(Get-CsRegistrarConfiguration -Identity global).MaxEndpointsPerUser
$ConfirmPreference = 'High'
Set-CsRegistrarConfiguration -Identity global -MaxEndpointsPerUser 12 -Confirm
(Get-CsRegistrarConfiguration -Identity global).MaxEndpointsPerUser
