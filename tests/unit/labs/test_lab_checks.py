"""The checks look at results: output however it was formatted, variables, lab state;
a failing check says what it found, never the expected answer."""
from __future__ import annotations

from typing import Any, Optional

import pytest

from cspshell.labengine.checks import CheckContext, run_check, same, same_set
from cspshell.labengine.model import CheckSpec
from cspshell.objects.psobject import PSObject
from cspshell.session import Session
from lab_helpers import Shell

EE2 = "beta-ls14-ee2.beta.deitterick.com"
EE1 = "beta-ls14-ee1.beta.deitterick.com"
POOL = "ls14pool.beta.deitterick.com"
VALUES = {"user": "lcarter@beta.deitterick.com", "first": EE2, "second": EE1, "pool": POOL}


def context(output: Optional[list] = None, variables: Optional[dict] = None, session: Any = None,
            evaluate: Any = None) -> CheckContext:
    variables = variables or {}
    return CheckContext(session=session or Session(), values=dict(VALUES), last_output=lambda: output,
                        get_var=lambda name, default: variables.get(name.lower(), default),
                        evaluate=evaluate)


def check(kind: str, say: str = "it is done", **settings: Any) -> CheckSpec:
    return CheckSpec(kind, say, settings)


def pipeline_output(text: str) -> list:
    """Return what Out-Default received from one pipeline typed in a real shell."""
    shell = Shell()
    shell.run(text)
    return list(shell.ctx.output_history[-1])


SEED_WALK = ("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Select-Object -ExpandProperty "
             "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn")


@pytest.fixture(scope="module")
def seed_walk():
    return pipeline_output(SEED_WALK)


def test_output_contains_reads_format_list_records(seed_walk):
    spec = check("output_contains", values=["1:5-2", "{first}", "1:5-1", "{second}"], in_order=True)
    assert run_check(context(seed_walk), spec).passed


def test_output_contains_in_order_fails_on_the_wrong_order(seed_walk):
    spec = check("output_contains", values=["1:5-1", "{second}", "1:5-2", "{first}"], in_order=True)
    result = run_check(context(seed_walk), spec)
    assert not result.passed
    assert result.detail == "Your last pipeline shows the values, but not in the order asked for."


def test_output_contains_reads_strings_and_plain_objects():
    assert run_check(context([EE2]), check("output_contains", values=["{first}"])).passed
    obj = PSObject([("Fqdn", EE2)], typenames=["X"])
    assert run_check(context([obj]), check("output_contains", values=["{first}"])).passed


def test_output_contains_does_not_read_what_the_screen_did_not_show():
    # The default view of Get-CsUserPoolInfo shows MachineIds, not the machines' FQDNs.
    output = pipeline_output("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com")
    result = run_check(context(output), check("output_contains", values=["{first}"]))
    assert not result.passed
    assert EE2 not in result.detail
    assert result.detail == "Your last pipeline does not show 1 of the 1 values this check looks for."


@pytest.mark.parametrize("output,detail", [
    (None, "You have not run a pipeline since the lab started."),
    ([], "Your last pipeline showed nothing."),
])
def test_output_checks_say_when_there_is_no_output(output, detail):
    for spec in (check("output_contains", values=["x"]), check("output_object", properties={"A": 1})):
        assert run_check(context(output), spec).detail == detail


SIGN_IN = "CsLab.SignInResult"


def sign_in(**props: Any) -> PSObject:
    base = {"Identity": "sip:lcarter@beta.deitterick.com", "Succeeded": True, "Redirected": True,
            "RegistrarFqdn": EE2, "BackupRegistrarFqdn": "beta-ls14-se2.beta.deitterick.com",
            "Probability": 1.0, "Steps": ["a", f"{EE1} answered 301"]}
    base.update(props)
    return PSObject(list(base.items()), typenames=[SIGN_IN, "System.Object"])


def test_output_object_matches_typed_properties():
    spec = check("output_object", type=SIGN_IN, properties={"Succeeded": True, "Redirected": True,
                                                            "RegistrarFqdn": "{first}"})
    assert run_check(context([sign_in()]), spec).passed
    result = run_check(context([sign_in(Redirected=False)]), spec)
    assert not result.passed
    assert result.detail == "The closest object of your last pipeline differs in Redirected."


def test_output_object_matches_selected_objects_and_format_records():
    spec = check("output_object", type=SIGN_IN, properties={"Redirected": True, "RegistrarFqdn": "{first}"})
    selected = PSObject([("Redirected", True), ("RegistrarFqdn", EE2)], typenames=[f"Selected.{SIGN_IN}"])
    assert run_check(context([selected]), spec).passed
    shown = pipeline_output("Invoke-CsLabSignIn lcarter@beta.deitterick.com -Seed 1 | Format-List")
    assert run_check(context(shown), spec).passed
    table = pipeline_output("Invoke-CsLabSignIn lcarter@beta.deitterick.com -Seed 1 | "
                            "Format-Table Redirected,RegistrarFqdn")
    assert run_check(context(table), spec).passed


def test_output_object_names_properties_the_trainee_did_not_show():
    spec = check("output_object", type=SIGN_IN, properties={"Redirected": True, "RegistrarFqdn": "{first}"})
    partial = PSObject([("Redirected", True)], typenames=[f"Selected.{SIGN_IN}"])
    assert run_check(context([partial]), spec).detail == \
        "The closest object of your last pipeline differs in RegistrarFqdn (not shown)."


def test_output_object_wrong_type_and_like_patterns():
    spec = check("output_object", type=SIGN_IN, like={"Steps": "*{second} answered 301*"})
    assert run_check(context([sign_in()]), spec).passed
    other = PSObject([("Steps", ["x"])], typenames=["Other"])
    assert run_check(context([other]), spec).detail == f"Your last pipeline has no {SIGN_IN} object."


def test_output_object_compares_numbers_and_empty_values():
    spec = check("output_object", properties={"Probability": 0.5, "BackupRegistrarFqdn": ""})
    assert run_check(context([sign_in(Probability=0.5, BackupRegistrarFqdn="")]), spec).passed
    assert run_check(context([sign_in(Probability=0.5, BackupRegistrarFqdn=None)]), spec).passed
    assert not run_check(context([sign_in(Probability=1.0, BackupRegistrarFqdn="")]), spec).passed


def test_variable_checks():
    equals = check("variable", name="registrar", equals="{first}")
    assert run_check(context(variables={"registrar": EE2.upper()}), equals).passed
    assert run_check(context(), equals).detail == "$registrar is not set."
    assert run_check(context(variables={"registrar": EE1}), equals).detail == f"$registrar holds '{EE1}'."
    many = check("variable", name="blind", set_equals=["sip:a@x.com", "sip:b@x.com"], normalise="sip")
    assert run_check(context(variables={"blind": ["b@x.com", "sip:A@x.com"]}), many).passed
    assert not run_check(context(variables={"blind": ["a@x.com"]}), many).passed
    pattern = check("variable", name="cached", like="*{first}")
    assert run_check(context(variables={"cached": [f"sip:lcarter@beta.deitterick.com -> {EE2}"]}), pattern).passed


def test_variable_holding_nothing_is_reported_as_nothing():
    spec = check("variable", name="x", equals="1")
    assert run_check(context(variables={"x": None}), spec).detail == "$x holds nothing."


def test_state_check_runs_powershell_through_evaluate():
    seen = []

    def evaluate(text: str) -> list:
        seen.append(text)
        return [POOL]

    spec = check("state", ps="(Get-Thing {user}).Pool", equals="{pool}")
    assert run_check(context(evaluate=evaluate), spec).passed
    assert seen == ["(Get-Thing lcarter@beta.deitterick.com).Pool"]
    spec = check("state", ps="x", set_equals=["a", "b"])
    assert run_check(context(evaluate=lambda text: ["b", "a"]), spec).passed
    assert run_check(context(evaluate=lambda text: ["a"]), spec).detail == "It is 'a' now."


def test_a_value_that_cannot_be_computed_fails_the_check():
    spec = check("variable", name="x", equals={"fn": "primary_pool", "user": "nobody@x.com"})
    result = run_check(context(variables={"x": "y"}), spec)
    assert not result.passed
    assert result.detail.startswith("The lab could not compute the expected value:")


def test_service_pool_phase_site_link_and_clock_read_the_lab():
    session = Session()
    lab = session.lab
    ctx = context(session=session)
    stopped = check("service", pool="{pool}", running=False)
    assert run_check(ctx, stopped).detail == f"RTCSRV still runs on {EE1}, {EE2}."
    lab.set_service(EE1, "RTCSRV", False)
    assert run_check(ctx, stopped).detail == f"RTCSRV still runs on {EE2}."
    lab.set_service(EE2, "RTCSRV", False)
    assert run_check(ctx, stopped).passed
    failed_over = check("pool_phase", pool="{pool}", phase="FailedOver")
    assert run_check(ctx, failed_over).detail == f"{POOL} is Detecting now."
    lab.advance(120)
    assert run_check(ctx, failed_over).passed
    assert run_check(ctx, check("clock", at_least=120)).passed
    assert run_check(ctx, check("clock", at_least=121)).detail == \
        "The lab clock has moved 00:02:00 since the lab started."
    link = check("site_link", site="Beta", up=False)
    assert run_check(ctx, link).detail == "The WAN link of Beta is up."
    lab.set_site_link("Beta", False)
    assert run_check(ctx, link).passed


def test_the_say_text_is_filled_in():
    result = run_check(context([EE2]), check("output_contains", say="shows {user}'s registrar",
                                             values=["{first}"]))
    assert result.say == "shows lcarter@beta.deitterick.com's registrar"


def test_same_and_same_set():
    assert same(True, "true") and same(None, "") and same(["A", "b"], ["a", "B"])
    assert not same(["a"], ["a", "b"])
    assert same_set(("a", "b", "a"), ["B", "A"])
