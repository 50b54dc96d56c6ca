"""Deep recursion: 5.1 runs about a thousand nested function calls and fails the next with
"The script failed due to call depth overflow." (ScriptCallDepthException, CallDepthOverflow);
the emulator counts MAX_CALL_DEPTH calls and runs -Command on a thread with room for them."""
from __future__ import annotations

import subprocess
import sys

from cspshell.language.deepstack import MAX_CALL_DEPTH, run_with_deep_stack

RECURSE = "function f($n) { if ($n -gt 0) { f ($n - 1) } else { 'bottom' } }; f {0}; 'after'"


def _command(text: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cspshell", "-NoProfile", "-NonInteractive", "-Command", text],
                          capture_output=True, text=True, timeout=120)


def test_a_thousand_nested_calls_run_in_a_one_shot_command():
    done = _command(RECURSE.replace("{0}", str(MAX_CALL_DEPTH - 1)))
    assert done.stdout.splitlines() == ["bottom", "after"]
    assert done.returncode == 0


def test_one_call_more_fails_with_call_depth_overflow():
    done = _command(RECURSE.replace("{0}", str(MAX_CALL_DEPTH)))
    text = done.stdout + done.stderr
    assert "The script failed due to call depth overflow." in text
    assert "    + CategoryInfo          : InvalidOperation: (:) [], ScriptCallDepth" in text  # wrapped at 80
    assert "    + FullyQualifiedErrorId : CallDepthOverflow" in text
    assert "bottom" not in text
    assert done.returncode == 1


def test_the_limit_is_the_thousand_of_5_1():
    assert MAX_CALL_DEPTH == 1000


def test_deep_stack_work_returns_its_value_and_raises_its_error():
    assert run_with_deep_stack(lambda: 42) == 42

    def fail() -> None:
        raise ValueError("from the worker")
    try:
        run_with_deep_stack(fail)
    except ValueError as exc:
        assert str(exc) == "from the worker"
    else:
        raise AssertionError("the worker's error did not reach the caller")
