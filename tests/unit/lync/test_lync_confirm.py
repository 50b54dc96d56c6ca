"""Confirmation of the changing Lync cmdlets, as 5.1's MshCommandRuntime asks.

Sources: about_Preference_Variables ($ConfirmPreference: a command asks when its
ConfirmImpact is at or above the preference, High by default; None never asks),
about_CommonParameters (-Confirm asks whatever the preference; -Confirm:$false never asks),
MshCommandRuntime.cs at 60b3b304f2 (DoShouldProcess: "Yes to All" and "No to All" answer the
command's later questions without asking), CommandBaseStrings.resx (the prompt's caption
"Confirm", query "Are you sure you want to perform this action?", the description
'Performing the operation "{0}" on target "{1}".' and the help line of each choice), and
lync-facts.md 1.8 (Move-CsUser asks by default; the other Lync cmdlets keep the compiled
default ConfirmImpact, Medium).
"""
from __future__ import annotations

from typing import Optional

from cspshell.language.engine import Engine
from cspshell.session import Session
from tests.support.hosts import AnsweringHost

CHOICES = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): '
LS14POOL = "ls14pool.beta.deitterick.com"
SE1 = "beta-ls14-se1.beta.deitterick.com"
LS14POOL_USERS = f"Get-CsUser -Filter {{RegistrarPool -eq '{LS14POOL}'}}"


def run(text: str, answers: list[str]) -> tuple[Session, AnsweringHost]:
    """Run ``text`` in an interactive engine over a fresh default topology."""
    session = Session()
    host = AnsweringHost(answers)
    Engine(host, session, interactive=True).run(text, history=False)
    return session, host


def pools(session: Session) -> list[Optional[str]]:
    return [user.registrar_pool for user in session.topology.iter_users()]


def test_the_prompt_is_5_1s():
    _, host = run(f"Move-CsUser lcarter@beta.deitterick.com {SE1}", ["n"])
    assert host.text.split("\n")[:4] == [
        "", "Confirm", "Are you sure you want to perform this action?",
        'Performing the operation "Move-CsUser" on target "CN=Lisa Carter,CN=Users,DC=beta,DC=deitterick,DC=com".']
    assert host.prompts == [CHOICES]


def test_medium_impact_cmdlets_ask_under_confirm_preference_low_or_medium():
    for preference in ("Low", "Medium"):
        session, host = run(f"$ConfirmPreference = '{preference}'; "
                            "Set-CsUser lcarter@beta.deitterick.com -EnterpriseVoiceEnabled $false", ["n"])
        assert host.prompts == [CHOICES]
        assert session.topology.user("lcarter@beta.deitterick.com").enterprise_voice_enabled is True


def test_medium_impact_cmdlets_do_not_ask_by_default():
    session, host = run("Set-CsUser lcarter@beta.deitterick.com -EnterpriseVoiceEnabled $false", [])
    assert host.prompts == []
    assert session.topology.user("lcarter@beta.deitterick.com").enterprise_voice_enabled is False


def test_confirm_switch_asks_and_confirm_false_or_preference_none_do_not():
    _, host = run("Set-CsRegistrarConfiguration -Identity global -MaxEndpointsPerUser 10 -Confirm", ["y"])
    assert host.prompts == [CHOICES]
    for text in (f"Move-CsUser lcarter@beta.deitterick.com {SE1} -Confirm:$false",
                 f"$ConfirmPreference = 'None'; Move-CsUser lcarter@beta.deitterick.com {SE1}"):
        session, host = run(text, [])
        assert host.prompts == []
        assert session.topology.user("lcarter@beta.deitterick.com").registrar_pool == SE1


def test_yes_to_all_answers_the_rest_of_the_pipeline():
    session, host = run(f"{LS14POOL_USERS} | Move-CsUser -Target {SE1}", ["a"])
    assert len(host.prompts) == 1
    assert session.topology.users.count_by_pool().get(LS14POOL, 0) == 0


def test_no_to_all_skips_the_rest_after_one_yes():
    session, host = run(f"{LS14POOL_USERS} | Move-CsUser -Target {SE1}", ["y", "l"])
    assert len(host.prompts) == 2
    assert pools(session).count(SE1) == 3          # Alice Cooper and Bob Miller, and the first one moved


def test_help_and_unknown_answers_ask_again():
    session, host = run(f"Move-CsUser lcarter@beta.deitterick.com {SE1}", ["?", "x", "yes"])
    assert len(host.prompts) == 3
    assert "L - Skip this operation and all subsequent operations." in host.text
    assert session.topology.user("lcarter@beta.deitterick.com").registrar_pool == SE1


def test_end_of_input_at_the_prompt_changes_nothing():
    session, _ = run(f"Move-CsUser lcarter@beta.deitterick.com {SE1}", [])
    assert session.topology.user("lcarter@beta.deitterick.com").registrar_pool == LS14POOL
