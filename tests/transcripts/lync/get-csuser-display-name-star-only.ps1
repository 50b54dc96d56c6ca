# source: Get-CsUser help (-Identity: "You can use the asterisk (*) wildcard character when using the Display Name as the user Identity"; only * is documented, as in the LDAP filter Lync builds, so ? and [ ] are plain characters); lync-facts.md 2.1 and 2.5 (not-found text); a * pattern that matches nobody is silent (docs/fidelity.md); topology/default.yaml (David Smith, Grace Smith; nine users with a SIP address, so a lone * names all nine)
Get-CsUser -Identity "L?sa Carter"
Get-CsUser -Identity "[L]isa*"
Get-CsUser -Identity "* Smith" | Select-Object -ExpandProperty DisplayName
(Get-CsUser -Identity "*").Count
