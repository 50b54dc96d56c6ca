"""Get-CsUser: identity forms, -Filter, -LdapFilter, switches, streaming, the default view.

The users and their pools are those of topology/default.yaml; the identity forms and
switches are those of lync-facts.md §1.2 and §2.1.
"""
from __future__ import annotations

import pytest

from cspshell.cmdlets.lync.adusers import DEFAULT_VIEW

LS14POOL_USERS = ["Lisa Carter", "David Smith", "Emma Wilson", "Frank Garcia"]


def names(shell, text):
    return [u.get("DisplayName") for u in shell.objects(text)]


@pytest.mark.parametrize("identity", [
    "sip:lcarter@beta.deitterick.com", "lcarter@beta.deitterick.com", "'BETA\\lcarter'",
    "'Lisa Carter'", "'CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com'",
])
def test_identity_forms(shell, identity):
    assert names(shell, f"Get-CsUser -Identity {identity}") == ["Lisa Carter"]


def test_display_name_wildcard(shell):
    assert names(shell, "Get-CsUser '* Smith'") == ["David Smith", "Grace Smith"]


def test_unknown_identity_error(shell):
    assert shell.lines("Get-CsUser nobody@beta.deitterick.com")[0] == \
        'Get-CsUser : Management object not found for identity "nobody@beta.deitterick.com".'


def test_wildcard_matching_nobody_is_silent(shell):
    assert shell.run("Get-CsUser 'Zz*'") == ""


def test_all_users_in_directory_order(shell):
    assert len(shell.objects("Get-CsUser")) == 9


def test_filter_on_registrar_pool(shell):
    text = 'Get-CsUser -Filter {RegistrarPool -eq "ls14pool.beta.deitterick.com"}'
    assert names(shell, text) == LS14POOL_USERS


def test_filter_boolean_logic_and_variables(shell):
    shell.run('$pool = "ls14pool.beta.deitterick.com"')
    text = 'Get-CsUser -Filter {RegistrarPool -eq $pool -and EnterpriseVoiceEnabled -eq $true}'
    assert names(shell, text) == ["Lisa Carter", "David Smith"]
    text = 'Get-CsUser -Filter {(DisplayName -like "*Smith") -or (SamAccountName -eq "acooper")}'
    assert names(shell, text) == ["Alice Cooper", "David Smith", "Grace Smith"]
    text = 'Get-CsUser -Filter {-not (Enabled -eq $true)}'
    assert names(shell, text) == ["Helen Brown"]


def test_filter_string_form(shell):
    assert names(shell, "Get-CsUser -Filter 'LineURI -eq \"tel:+13125550105\"'") == ["David Smith"]


def test_invalid_filter_is_reported(shell):
    first = shell.lines("Get-CsUser -Filter {Colour -eq 'red'}")[0]
    assert first.startswith('Get-CsUser : The Filter "Colour -eq \'red\'" is not valid:')


def test_ldap_filter(shell):
    assert names(shell, 'Get-CsUser -LdapFilter "(displayName=*Smith)"') == ["David Smith", "Grace Smith"]
    text = 'Get-CsUser -LdapFilter "(&(sAMAccountName=*r*)(!(msRTCSIP-UserEnabled=FALSE)))"'
    assert names(shell, text) == ["Alice Cooper", "Lisa Carter", "Bob Miller", "Frank Garcia"]


def test_filter_and_ldapfilter_are_exclusive(shell):
    shell.run('Get-CsUser -Filter {Enabled -eq $true} -LdapFilter "(cn=*)"')
    assert shell.errors[0].error_id == "AmbiguousParameterSet"


def test_switches(shell):
    assert names(shell, "Get-CsUser -UnAssignedUser") == ["Helen Brown"]
    assert len(shell.objects("Get-CsUser -OnLyncServer")) == 8
    assert shell.objects("Get-CsUser -OnOfficeCommunicationServer") == []
    assert names(shell, "Get-CsUser -ResultSize 2") == ["Alice Cooper", "Lisa Carter"]
    assert len(shell.objects("Get-CsUser -OU 'CN=Users,DC=beta,DC=deitterick,DC=com'")) == 9
    assert shell.objects("Get-CsUser -OU 'OU=Sales,DC=beta,DC=deitterick,DC=com'") == []


def test_result_size_unlimited_and_out_of_range(shell):
    assert len(shell.objects("Get-CsUser -ResultSize Unlimited")) == 9
    shell.run("Get-CsUser -ResultSize -1")
    assert shell.errors[0].error_id == "CannotConvertArgumentNoMessage"


def test_aduser_object(shell):
    (user,) = shell.objects("Get-CsUser lcarter@beta.deitterick.com")
    assert user.typenames[0] == "Microsoft.Rtc.Management.ADConnect.Schema.ADUser"
    assert user.get("RegistrarPool") == "ls14pool.beta.deitterick.com"
    assert user.get("SipAddress") == "sip:lcarter@beta.deitterick.com"
    assert user.get("HostingProvider") == "SRV:"
    # msRTCSIP-PrimaryHomeServer names the pool's SiteId:Cluster (lync-facts.md §1.2, §2.4).
    assert user.get("HomeServer") == ("CN=Lc Services,CN=Microsoft,CN=1:5,CN=Pools,CN=RTC Service,"
                                      "CN=Services,CN=Configuration,DC=beta,DC=deitterick,DC=com")


def test_default_view_shows_the_lync_properties_in_order(shell):
    lines = shell.lines("Get-CsUser acooper@beta.deitterick.com")
    assert [line.split(":")[0].strip() for line in lines if not line.startswith(" ")] == list(DEFAULT_VIEW)
    assert "UserPrincipalName" in shell.run("Get-CsUser acooper@beta.deitterick.com | Format-List *")


def test_records_stream_without_being_built(shell):
    from cspshell.cmdlets.lync.adusers import user_view
    view = user_view(shell.session)
    records = view.records(shell.session.topology.users.rows())
    first = next(records)
    assert not first.built
    assert first.get("DisplayName") == "Alice Cooper"
    assert first.built


def test_identity_combines_with_a_filter(shell):
    # One syntax block in the help: -Identity narrows, -Filter / -LdapFilter narrow further.
    names = lambda text: [u.get("DisplayName") for u in shell.objects(text)]  # noqa: E731
    assert names('Get-CsUser "* Smith" -Filter {RegistrarPool -eq "ls14pool.beta.deitterick.com"}') == ["David Smith"]
    assert names('Get-CsUser "* Smith" -LdapFilter "(sAMAccountName=g*)"') == ["Grace Smith"]
    assert names("Get-CsUser lcarter -Filter {Enabled -eq $false}") == []


def test_the_two_filters_exclude_each_other(shell):
    shell.run('Get-CsUser -Filter {Enabled -eq $true} -LdapFilter "(cn=*)"')
    assert shell.errors[0].error_id == "AmbiguousParameterSet"
