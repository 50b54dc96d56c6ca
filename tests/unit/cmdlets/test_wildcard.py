"""WildcardPattern rules (5.1 engine/regex.cs; about_Wildcards)."""
import pytest

from cspshell.objects.wildcard import (WildcardPatternError, escape, has_wildcards, match,
                                       unescape)


@pytest.mark.parametrize("pattern,text,expected", [
    ("*", "", True),
    ("a*", "ABC", True),               # case-insensitive by default
    ("*-Cs*", "Get-CsUserPoolInfo", True),
    ("?b", "ab", True),
    ("?b", "b", False),
    ("[a-c]x", "bx", True),
    ("[a-c]x", "dx", False),
    ("[abc]", "C", True),
    ("a`*", "a*", True),               # backtick escapes the star
    ("a`*", "ab", False),
    ("[]]", "]", True),                # ] right after [ is literal
    ("*ee2*", "beta-ls14-ee2.beta.deitterick.com", True),
    ("Fqdn", "FQDN", True),
    ("a*", "ba", False),               # the whole text must match
])
def test_match(pattern, text, expected):
    assert match(pattern, text) is expected


def test_case_sensitive_match():
    assert match("A*", "abc", case_sensitive=True) is False
    assert match("a*", "abc", case_sensitive=True) is True


@pytest.mark.parametrize("pattern", ["[abc", "[z-a]"])
def test_invalid_patterns_raise_the_5_1_message(pattern):
    with pytest.raises(WildcardPatternError) as info:
        match(pattern, "x")
    assert info.value.message == f"The specified wildcard character pattern is not valid: {pattern}"


def test_has_wildcards_ignores_escaped_characters():
    assert has_wildcards("Pri*")
    assert has_wildcards("a]")
    assert not has_wildcards("a`*")
    assert not has_wildcards("PrimaryPoolFqdn")


def test_escape_round_trip():
    assert escape("a*b[1]") == "a`*b`[1`]"
    assert unescape(escape("a*b[1]")) == "a*b[1]"
    assert match(escape("a*b"), "a*b") and not match(escape("a*b"), "aXb")
