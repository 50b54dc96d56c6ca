# source: lync-facts.md 1.2 (-UnAssignedUser returns users with a SIP address but no Registrar pool; trainee question 8: such users make Get-CsUserPoolInfo fail); topology/default.yaml's Helen Brown
$u = Get-CsUser -UnAssignedUser
$u.DisplayName
$u.SipAddress
$null -eq $u.RegistrarPool
