"""The -Filter and -LdapFilter compilers on their own, over a dictionary of properties."""
from __future__ import annotations

import pytest

from cspshell.cmdlets.lync.filters import FilterError, compile_filter, compile_ldap

RECORD = {"registrarpool": "ls14pool.beta.deitterick.com", "enabled": True, "displayname": "David Smith",
          "lineuri": None, "enterprisevoiceenabled": False}


def known(name):
    return name.lower() in RECORD


def read(name):
    return RECORD[name.lower()]


@pytest.mark.parametrize("text, expected", [
    ('RegistrarPool -eq "ls14pool.beta.deitterick.com"', True),
    ('RegistrarPool -eq "LS14POOL.beta.deitterick.com"', True),
    ('RegistrarPool -ceq "LS14POOL.beta.deitterick.com"', False),
    ('RegistrarPool -ne "ls14pool.beta.deitterick.com"', False),
    ('DisplayName -like "* Smith"', True),
    ('DisplayName -notlike "* Smith"', False),
    ("LineURI -eq $null", True),
    ("Enabled -eq $true -and EnterpriseVoiceEnabled -eq $false", True),
    ("Enabled -eq $false -or DisplayName -like 'D*'", True),
    # -and and -or have equal precedence, left to right, as in PowerShell.
    ("Enabled -eq $true -or Enabled -eq $true -and Enabled -eq $false", False),
    ("-not (Enabled -eq $true)", False),
    ("Enabled -eq $true -and -not (DisplayName -like 'Z*')", True),
    ("(Enabled -eq $false) -or (DisplayName -eq 'David Smith')", True),
])
def test_filters(shell, text, expected):
    assert compile_filter(text, shell.engine.ctx, known).predicate(read) is expected


def test_variables_come_from_the_session(shell):
    shell.run("$p = 'ls14pool.beta.deitterick.com'")
    compiled = compile_filter("RegistrarPool -eq $p", shell.engine.ctx, known)
    assert compiled.predicate(read) is True
    assert compiled.required == ("RegistrarPool", "ls14pool.beta.deitterick.com")
    assert compiled.exact


def test_required_equality_survives_and_but_not_or(shell):
    both = compile_filter('RegistrarPool -eq "x" -and Enabled -eq $true', shell.engine.ctx, known)
    assert both.required == ("RegistrarPool", "x") and not both.exact
    either = compile_filter('RegistrarPool -eq "x" -or Enabled -eq $true', shell.engine.ctx, known)
    assert either.required is None


@pytest.mark.parametrize("text", ["Colour -eq 1", "RegistrarPool", "RegistrarPool -eq", "RegistrarPool -foo 1",
                                  "Enabled -eq $true -xor Enabled -eq $true", "Get-CsUser | Select-Object x"])
def test_bad_filters(shell, text):
    with pytest.raises(FilterError):
        compile_filter(text, shell.engine.ctx, known)


LDAP = {"displayName": "DisplayName", "msRTCSIP-UserEnabled": "Enabled", "msRTCSIP-Line": "LineURI"}


def ldap_attribute(name):
    return next((prop for key, prop in LDAP.items() if key.lower() == name.lower()), None)


@pytest.mark.parametrize("text, expected", [
    ("(displayName=David Smith)", True),
    ("displayName=david*", True),
    ("(displayName=*Jones)", False),
    ("(msRTCSIP-UserEnabled=TRUE)", True),
    ("(msRTCSIP-Line=*)", False),
    ("(!(msRTCSIP-Line=*))", True),
    ("(&(displayName=D*)(msRTCSIP-UserEnabled=TRUE))", True),
    ("(|(displayName=X*)(displayName=Y*))", False),
    ("(department=Sales)", False),
])
def test_ldap(text, expected):
    assert compile_ldap(text, ldap_attribute)(read) is expected


@pytest.mark.parametrize("text", ["(displayName=x", "(&(a=b)", "(=x)", "(displayName=x))"])
def test_bad_ldap(text):
    with pytest.raises(FilterError):
        compile_ldap(text, ldap_attribute)


@pytest.mark.parametrize("text, expected", [
    ('DisplayName -cmatch "^D"', True),
    ('DisplayName -cmatch "^d"', False),
    ('DisplayName -imatch "^d"', True),
    ('DisplayName -cnotlike "david*"', True),
    ('DisplayName -inotlike "david*"', False),
    ('DisplayName -cgt "David"', True),
    ('DisplayName -ile "david smith"', True),
])
def test_case_sensitive_and_insensitive_forms_of_every_comparison(shell, text, expected):
    assert compile_filter(text, shell.engine.ctx, known).predicate(read) is expected


@pytest.mark.parametrize("text, reason", [
    ('DisplayName -like "[abc"', "The specified wildcard character pattern is not valid: [abc"),
    ('DisplayName -notmatch "(open"', "The regular expression pattern (open is not valid"),
    ("(((", "Missing closing ')' in expression"),
])
def test_an_invalid_pattern_is_refused_when_the_filter_is_read(shell, text, reason):
    # The reason is quoted inside Lync's sentence, so it loses its own final period.
    with pytest.raises(FilterError) as caught:
        compile_filter(text, shell.engine.ctx, known)
    assert str(caught.value) == reason
