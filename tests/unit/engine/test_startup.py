"""The one-shot path stays light: it imports neither the interactive stack nor the YAML
loader unless the command needs them, and the command index matches the declarations."""
import subprocess
import sys

from cspshell.cmdlets import index


def _modules_after(command: str) -> set[str]:
    code = (
        "import sys\n"
        "from cspshell.cli import main\n"
        f"main(['-NoProfile', '-NonInteractive', '-Command', {command!r}])\n"
        "print('MODULES', ' '.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    line = next(l for l in out.splitlines() if l.startswith("MODULES "))
    return set(line.split()[1:])


def test_one_shot_command_does_not_import_the_interactive_stack():
    modules = _modules_after("1..3 | Where-Object { $_ -gt 1 } | Measure-Object")
    assert not any(m.split(".")[0] in ("prompt_toolkit", "pygments") for m in modules)
    assert "yaml" not in modules
    assert "cspshell.repl" not in modules


def test_a_lync_command_loads_its_family_and_the_topology_on_demand():
    modules = _modules_after("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com | Out-Null")
    assert "cspshell.cmdlets.lync" in modules
    assert not any(m.split(".")[0] in ("prompt_toolkit", "pygments") for m in modules)


def test_command_index_matches_the_declarations():
    built = index.render(index.build())
    assert index.DATA_FILE.read_text() == built, "run: python -m cspshell.cmdlets.index"
