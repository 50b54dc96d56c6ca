"""The toolbar shows the running guided lab's progress."""
from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.repl.toolbar import toolbar_text
from cspshell.session import Session


def test_toolbar_has_no_lab_part_without_a_lab():
    assert "| lab registrars" not in toolbar_text(Session()) and "task " not in toolbar_text(Session())


def test_toolbar_shows_the_running_lab_and_its_task():
    session = Session()
    Engine(CaptureHost(), session).run("Start-CsLab -Name registrars | Out-Null")
    assert toolbar_text(session).rstrip().endswith("| lab registrars: task 1/4")
