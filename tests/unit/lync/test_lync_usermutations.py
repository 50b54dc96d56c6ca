"""Set-CsUser, Enable-CsUser, Disable-CsUser and Move-CsUser change the session's topology
(lync-facts.md §1.8, §1.9, §4.5: users are never homed on a Director)."""
from __future__ import annotations

from cspshell.objects.convert import to_string

LCARTER = "lcarter@beta.deitterick.com"
DIRECTOR = "beta-ls14-dir.beta.deitterick.com"
SE1 = "beta-ls14-se1.beta.deitterick.com"


def pool_of(shell, identity):
    return shell.session.topology.user(identity).registrar_pool


def test_move_changes_the_pool_and_the_preferred_order(shell):
    shell.run(f"Move-CsUser -Identity {LCARTER} -Target {SE1} -Confirm:$false")
    assert pool_of(shell, LCARTER) == SE1
    (info,) = shell.objects(f"Get-CsUserPoolInfo {LCARTER}")
    assert [to_string(m) for m in info.get("PrimaryPoolMachinesInPreferredOrder")] == ["1:2-1"]


def test_move_target_is_position_two_and_passthru_returns_the_user(shell):
    (user,) = shell.objects(f"Move-CsUser {LCARTER} {SE1} -Confirm:$false -PassThru")
    assert user.get("RegistrarPool") == SE1


def test_move_refuses_a_director(shell):
    first = shell.lines(f"Move-CsUser {LCARTER} {DIRECTOR} -Confirm:$false")[0]
    assert first.startswith(f'Move-CsUser : The pool "{DIRECTOR}" is a Director. Users cannot be homed on a '
                            "Director")
    assert pool_of(shell, LCARTER) == "ls14pool.beta.deitterick.com"


def test_move_whatif_changes_nothing(shell):
    text = shell.run(f"Move-CsUser {LCARTER} {SE1} -WhatIf")
    assert text.startswith('What if: Performing the operation "Move-CsUser" on target '
                           '"CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com".')
    assert pool_of(shell, LCARTER) == "ls14pool.beta.deitterick.com"


def test_move_asks_for_confirmation_by_default(shell):
    # The test host cannot prompt: 5.1 stops the command (NonInteractive), nothing moves.
    text = shell.run(f"Move-CsUser {LCARTER} {SE1}")
    assert "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." in text
    assert pool_of(shell, LCARTER) == "ls14pool.beta.deitterick.com"


def test_move_from_the_pipeline(shell):
    shell.run('Get-CsUser -Filter {RegistrarPool -eq "beta-ls14-se2.beta.deitterick.com"} | '
              f"Move-CsUser -Target {SE1} -Confirm:$false")
    moved = [u.get("DisplayName") for u in shell.objects(f'Get-CsUser -Filter {{RegistrarPool -eq "{SE1}"}}')]
    assert moved == ["Alice Cooper", "Bob Miller", "Carol Johnson", "Grace Smith"]


def test_set_user_changes_and_warns_when_nothing_changes(shell):
    shell.run(f"Set-CsUser {LCARTER} -EnterpriseVoiceEnabled $false -LineURI 'tel:+13125550199'")
    user = shell.session.topology.user(LCARTER)
    assert (user.enterprise_voice_enabled, user.line_uri) == (False, "tel:+13125550199")
    text = shell.run(f"Set-CsUser {LCARTER} -EnterpriseVoiceEnabled $false")
    assert text == ('WARNING: Object with identity "CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com" '
                    "was not changed.\n")


def test_set_user_attributes_outside_the_model(shell):
    (user,) = shell.objects(f"Set-CsUser {LCARTER} -AudioVideoDisabled $true -PassThru")
    assert user.get("AudioVideoDisabled") is True


def test_set_user_sip_address_needs_the_prefix(shell):
    first = shell.lines(f"Set-CsUser {LCARTER} -SipAddress lisa@beta.deitterick.com")[0]
    assert "must start with \"sip:\"" in first


def test_disable_then_enable(shell):
    shell.run("Disable-CsUser bmiller@beta.deitterick.com")
    assert shell.session.topology.user("bmiller@beta.deitterick.com") is None
    assert shell.objects("Get-CsUser -Identity 'Bob Miller'") == []
    shell.run("Enable-CsUser bmiller@beta.deitterick.com -RegistrarPool ls14pool.beta.deitterick.com "
              "-SipAddressType SAMAccountName -SipDomain beta.deitterick.com")
    user = shell.session.topology.user("sip:bmiller@beta.deitterick.com")
    assert (user.registrar_pool, user.enabled) == ("ls14pool.beta.deitterick.com", True)


def test_enable_user_without_pool(shell):
    shell.run(f"Enable-CsUser 'Helen Brown' -RegistrarPool {SE1}")
    user = shell.session.topology.user("sip:hbrown@beta.deitterick.com")
    assert (user.registrar_pool, user.enabled) == (SE1, True)


def test_enable_refuses_a_director_and_an_unknown_sip_domain(shell):
    assert "is a Director" in shell.run(f"Enable-CsUser 'Helen Brown' -RegistrarPool {DIRECTOR}")
    shell.run("Disable-CsUser bmiller@beta.deitterick.com")
    text = shell.run(f"Enable-CsUser bmiller@beta.deitterick.com -RegistrarPool {SE1} "
                     "-SipAddressType FirstLastName -SipDomain contoso.com")
    assert '"contoso.com" is not a SIP domain' in text


def test_enable_first_last_name_address(shell):
    shell.run("Disable-CsUser bmiller@beta.deitterick.com")
    shell.run(f"Enable-CsUser bmiller@beta.deitterick.com -RegistrarPool {SE1} -SipAddressType FirstLastName "
              "-SipDomain beta.deitterick.com")
    assert shell.session.topology.user("sip:Bob.Miller@beta.deitterick.com") is not None


def test_sip_address_type_is_an_enum(shell):
    shell.run(f"Enable-CsUser 'Helen Brown' -RegistrarPool {SE1} -SipAddressType Nickname")
    assert shell.errors[0].message.startswith("Cannot bind parameter 'SipAddressType'. Cannot convert value "
                                              '"Nickname" to type "Microsoft.Rtc.Management.AD.Cmdlets.AddressType".')
