"""Start-up: the first prompt is drawn before the topology loads (the banner's counts come
from the default topology's recorded summary), the load runs in a background thread, and
whoever needs the topology meanwhile waits for that one load."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from cspshell.language.engine import Engine
from cspshell.repl import summary as summary_module
from cspshell.repl.app import Shell
from cspshell.repl.colours import DeferredLexer
from cspshell.repl.host import TerminalHost
from cspshell.repl.summary import TopologySummary, shipped_summary, start_summary
from cspshell.session import Session, default_topology_path, sample_topology_path
from cspshell.topology import loader
from cspshell.topology.problems import TopologyError

REPO = Path(__file__).resolve().parents[3]
SEED_USER = "lcarter@beta.deitterick.com"
# The seed's lab: one central site; a Director, two Standard Edition servers, the SQL
# back end's cluster and the Enterprise pool; nine users (docs/topology.md, default.yaml).
SEED_SUMMARY = TopologySummary("Seed lab (beta.deitterick.com)", 1, 5, 9)


def options(**changes) -> SimpleNamespace:
    values = dict(nologo=False, noprofile=True, noninteractive=False)
    values.update(changes)
    return SimpleNamespace(**values)


def make_shell(session: Session, **changes) -> Shell:
    out = io.StringIO()
    shell = Shell(Engine(TerminalHost(out, out, 120), session, interactive=True), options(**changes), colour=False)
    shell.out = out
    return shell


@pytest.fixture
def private_dirs(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


class SlowLoads:
    """Stands in for the loader: counts loads and holds each until ``release``."""

    def __init__(self) -> None:
        self.calls = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.real = loader.load_topology

    def __call__(self, path, **options):
        self.calls += 1
        self.started.set()
        self.release.wait(30)
        return self.real(path, **options)


@pytest.fixture
def slow_loads(monkeypatch) -> SlowLoads:
    slow = SlowLoads()
    monkeypatch.setattr(loader, "load_topology", slow)
    return slow


def test_the_default_path_is_found_without_the_topology_package() -> None:
    assert default_topology_path() == sample_topology_path("default")


def test_the_recorded_summary_is_current() -> None:
    assert summary_module.DATA_FILE.read_text(encoding="utf-8") == summary_module.render(), \
        "run: python -m cspshell.repl.summary"


def test_the_recorded_summary_describes_the_seed_lab() -> None:
    assert shipped_summary(default_topology_path()) == SEED_SUMMARY
    assert SEED_SUMMARY.counts() == "1 site, 5 pools, 9 users"


def test_a_changed_default_file_has_no_summary(tmp_path, monkeypatch) -> None:
    edited = tmp_path / "default.yaml"
    edited.write_text(default_topology_path().read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(summary_module, "default_topology_path", lambda: edited)
    assert shipped_summary(edited) is None
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(default_topology_path().read_bytes())
    assert shipped_summary(copy) is None  # only the shipped file itself


def test_the_banner_shows_the_counts_without_loading_the_topology(private_dirs) -> None:
    session = Session()
    shell = make_shell(session)
    shell.start()
    assert "on topology 'Seed lab (beta.deitterick.com)' (1 site, 5 pools, 9 users)." in shell.out.getvalue()
    assert not session.topology_loaded
    assert shell.toolbar() == " Seed lab (beta.deitterick.com): 1 site, 5 pools, 9 users "
    assert not session.topology_loaded  # drawing the toolbar never waits for the load


def test_another_topology_is_loaded_before_the_banner(private_dirs) -> None:
    session = Session(sample_topology_path("two-datacenter"))
    assert start_summary(session).label and session.topology_loaded


def test_a_bad_topology_is_reported_before_anything_is_printed(private_dirs, tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nname: Bad\nsip_domains: [x.com]\nsites:\n  - id: 1\n    name: A\n"
                   "    kind: centrall\n", encoding="utf-8")
    shell = make_shell(Session(bad))
    with pytest.raises(TopologyError) as raised:
        shell.start()
    assert any(p.file == str(bad) and p.line == 7 and "centrall" in p.message for p in raised.value.problems)
    assert shell.out.getvalue() == ""


def test_the_first_prompt_needs_neither_yaml_nor_pygments_nor_completion() -> None:
    probe = (
        "import io, sys\n"
        "from types import SimpleNamespace\n"
        "from cspshell.language.engine import Engine\n"
        "from cspshell.repl.app import Shell\n"
        "from cspshell.repl.host import TerminalHost\n"
        "from cspshell.session import Session\n"
        "opts = SimpleNamespace(nologo=False, noprofile=True, noninteractive=False)\n"
        "out = io.StringIO()\n"
        "shell = Shell(Engine(TerminalHost(out, out), Session(), interactive=True), opts, colour=True)\n"
        "shell.start()\n"
        "shell.build_prompt()\n"
        "shell.toolbar()\n"
        "print(sorted(m for m in ('yaml', 'pygments', 'cspshell.topology', 'cspshell.repl.completion',\n"
        "                         'cspshell.repl.highlight') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                          cwd=str(REPO), env=dict(os.environ, XDG_CONFIG_HOME="/nonexistent/config",
                                                  XDG_STATE_HOME="/nonexistent/state", PYTHONPATH=str(REPO)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_threads_that_need_the_topology_share_one_load(slow_loads) -> None:
    session = Session()
    seen: list = []
    readers = [threading.Thread(target=lambda: seen.append(session.topology)) for _ in range(4)]
    for reader in readers:
        reader.start()
    assert slow_loads.started.wait(30)
    slow_loads.release.set()
    for reader in readers:
        reader.join(30)
    assert slow_loads.calls == 1
    assert len(seen) == 4 and all(t is seen[0] for t in seen)


def test_a_command_typed_during_the_background_load_waits_for_it(private_dirs, slow_loads) -> None:
    session = Session()
    shell = make_shell(session)
    shell.start()
    warming = shell.warm()
    assert slow_loads.started.wait(30)
    threading.Timer(0.2, slow_loads.release.set).start()
    shell.run_unit(f"Get-CsUserPoolInfo -Identity {SEED_USER} | Format-List PrimaryPoolFqdn")
    warming.join(60)
    assert "PrimaryPoolFqdn : ls14pool.beta.deitterick.com" in shell.out.getvalue()
    assert slow_loads.calls == 1 and shell.ready.is_set()
    assert shell.toolbar().endswith("| lab clock 12/20/2010 11:56:00 | all machines up ")


def test_the_toolbar_shows_the_summary_while_the_topology_loads(private_dirs, slow_loads) -> None:
    shell = make_shell(Session())
    shell.start()
    warming = shell.warm()
    assert slow_loads.started.wait(30)
    assert shell.toolbar() == " Seed lab (beta.deitterick.com): 1 site, 5 pools, 9 users "
    slow_loads.release.set()
    warming.join(60)
    assert "lab clock" in shell.toolbar()


def test_a_topology_swapped_in_during_the_load_is_kept(slow_loads) -> None:
    session = Session()
    loading = threading.Thread(target=lambda: session.topology)
    loading.start()
    assert slow_loads.started.wait(30)
    replacement = loader.load_topology.real(sample_topology_path("two-datacenter"))
    threading.Timer(0.2, slow_loads.release.set).start()
    session.replace_topology(replacement)  # waits for the load under way, then wins
    loading.join(30)
    assert session.topology is replacement


def test_the_lexer_is_built_at_the_first_text() -> None:
    from prompt_toolkit.document import Document
    from prompt_toolkit.lexers import SimpleLexer
    built: list[SimpleLexer] = []

    def build() -> SimpleLexer:
        built.append(SimpleLexer("class:typed"))
        return built[-1]
    lexer = DeferredLexer(build)
    empty_hash = lexer.invalidation_hash()
    assert lexer.lex_document(Document(""))(0) == [("", "")] and built == []
    assert lexer.lex_document(Document("Get-CsPool"))(0) == [("class:typed", "Get-CsPool")]
    lexer.lex_document(Document("Get-CsUser"))
    assert len(built) == 1 and lexer.built and lexer.invalidation_hash() != empty_hash
