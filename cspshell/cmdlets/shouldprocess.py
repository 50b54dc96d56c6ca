"""ShouldProcess and ShouldContinue: the one implementation of 5.1's confirmation rules
(MshCommandRuntime.DoShouldProcess / DoShouldContinue / InquireHelper), used by every cmdlet
(``Cmdlet.should_process``) and by an advanced function's ``$PSCmdlet``.

DoShouldProcess, in order: a "Yes to All" or "No to All" given earlier in the same command
answers at once; under WhatIf the host writes ``What if: <description>`` and the answer is
False; when the command's ConfirmImpact is below the confirmation threshold (or the threshold
is None) the answer is True, after a ``VERBOSE: <description>`` line when the command was given
``-Verbose``; otherwise the console asks. Texts are CommandBaseStrings.resx's; a host that
cannot prompt (-NonInteractive) refuses with ConsoleHostUserInterfaceStrings'
ReadFailsOnNonInteractiveFlag, which the caller reports in its own way.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..objects import convert as C

IMPACT_LEVELS = {"none": 0, "low": 1, "medium": 2, "high": 3}
NON_INTERACTIVE = "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."
CAPTION = "Confirm"
QUERY = "Are you sure you want to perform this action?"
# The console host's help for each choice (CommandBaseStrings), printed for "?".
CHOICE_HELP = {
    "y": "Y - Continue with only the next step of the operation.",
    "a": "A - Continue with all the steps of the operation.",
    "n": "N - Skip this operation and proceed with the next operation.",
    "l": "L - Skip this operation and all subsequent operations.",
    "s": 'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
}
LABELS = {"y": "[Y] Yes", "a": "[A] Yes to All", "n": "[N] No", "l": "[L] No to All", "s": "[S] Suspend"}
# The console host takes a choice's hot key or its whole label.
ANSWERS = {"y": "y", "yes": "y", "a": "a", "yes to all": "a", "n": "n", "no": "n", "l": "l", "no to all": "l"}
TO_ALL_KEYS = "yanls"
YES_NO_KEYS = "yns"


class HostPromptError(ValueError):
    """The host cannot prompt (-NonInteractive). A method call reports it as HostException;
    a cmdlet stops with PSInvalidOperationException."""

    error_id = "HostException"


def impact_level(name: Any) -> int:
    """Return a ConfirmImpact name's level (None 0 .. High 3; Medium for an unknown name)."""
    return IMPACT_LEVELS.get(C.to_string(name).strip().lower(), IMPACT_LEVELS["medium"])


def operation_message(action: str, target: Any) -> str:
    """Return CommandBaseStrings.ShouldProcessMessage for an action on a target."""
    return f'Performing the operation "{action}" on target "{C.to_string(target)}".'


def whatif_in_effect(ctx: Any, given: Any = None) -> bool:
    """Return True under WhatIf: ``-WhatIf`` when given, else ``$WhatIfPreference`` (which a
    function's -WhatIf sets in its scope)."""
    if given is None:
        given = ctx.get_var("WhatIfPreference", False)
    return C.to_bool(given)


def confirm_threshold(ctx: Any, given: Any = None) -> int:
    """Return the level at or above which a command asks: ``-Confirm`` makes it Low and
    ``-Confirm:$false`` None; without the switch ``$ConfirmPreference`` (High by default)."""
    if given is not None:
        return IMPACT_LEVELS["low"] if C.to_bool(given) else IMPACT_LEVELS["none"]
    return IMPACT_LEVELS.get(C.to_string(ctx.get_var("ConfirmPreference", "High")).strip().lower(),
                             IMPACT_LEVELS["high"])


class Confirmation:
    """The ShouldProcess state of one running command: its ConfirmImpact and the "to All"
    answer, which holds for the rest of the command (the instance lives as long as it)."""

    __slots__ = ("impact", "to_all")

    def __init__(self, impact: Any = "Medium"):
        self.impact = impact if isinstance(impact, int) else impact_level(impact)
        self.to_all: Optional[bool] = None

    def should_process(self, ctx: Any, description: str, *, whatif: bool, threshold: int,
                       verbose: Optional[Callable[[str], None]] = None, query: Optional[str] = None,
                       caption: Optional[str] = None) -> bool:
        """Return True when the operation may go ahead (DoShouldProcess).

        ``verbose`` writes the description when the command was given -Verbose; ``query`` and
        ``caption`` are ShouldProcess(description, warning, caption)'s prompt texts. Raises
        HostPromptError when the console must ask and cannot.
        """
        if self.to_all is not None:
            return self.to_all
        if whatif:
            ctx.write_host(f"What if: {description}")
            return False
        if threshold == IMPACT_LEVELS["none"] or threshold > self.impact:
            if verbose is not None:
                verbose(description)
            return True
        answer = prompt_for_choice(ctx, caption or CAPTION, query or f"{QUERY}\n{description}", TO_ALL_KEYS)
        if answer in ("a", "l"):
            self.to_all = answer == "a"
        return answer in ("y", "a")


def should_continue(ctx: Any, query: str, caption: str) -> bool:
    """Return the person's answer to ``query`` (ShouldContinue: always asked, Yes / No)."""
    return prompt_for_choice(ctx, caption, query, YES_NO_KEYS) == "y"


def prompt_for_choice(ctx: Any, caption: str, message: str, keys: str, default: str = "y") -> str:
    """Return the person's answer (a key of ANSWERS' values) to the console's PromptForChoice,
    asking again after "?" (which lists the choices' help) or an unknown answer. An empty
    answer takes ``default`` (Set-ExecutionPolicy's question defaults to No).

    The end of input answers No (No to All where offered): the console stops there. Suspend
    (a nested prompt) is not emulated: the question is asked again.
    """
    host = getattr(ctx, "host", None)
    if not getattr(ctx, "interactive", False) or host is None:
        raise HostPromptError(NON_INTERACTIVE)
    for line in ("", caption, *message.split("\n")):
        ctx.write_host(line)
    choices = "  ".join(LABELS[key] for key in keys) + f'  [?] Help (default is "{default.upper()}"): '
    while True:
        answer = host.read_line(choices)
        if answer is None:
            return "l" if "l" in keys else "n"
        answer = answer.strip().lower() or default
        key = ANSWERS.get(answer)
        if key is not None and key in keys:
            return key
        if answer == "?":
            for key in keys:
                ctx.write_host(CHOICE_HELP[key])
