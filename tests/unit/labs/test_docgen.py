"""Generated documentation: docs/cmdlets.md and docs/diagrams/*.dot equal what the
package generates; the diagrams are well-formed; the README links every docs page."""
from __future__ import annotations

import re

import pytest

from cspshell import docgen
from cspshell.cmdlets import load_all, registry
from cspshell.topology import load_topology, sample_path
from lab_helpers import REPO_ROOT

DOCS = REPO_ROOT / "docs"
REGENERATE = "regenerate: python -m cspshell.docgen > docs/cmdlets.md"


def test_checked_in_command_reference_is_up_to_date():
    assert (DOCS / "cmdlets.md").read_text(encoding="utf-8") == docgen.command_reference(), REGENERATE


def test_command_reference_covers_every_command():
    load_all()
    text = docgen.command_reference()
    for info in registry.REGISTRY.values():
        if info.impl is not None and not info.impl.__module__.startswith(docgen.FAMILY_PREFIXES):
            continue  # host functions the interactive shell adds at start-up (more)
        assert f"\n### {info.name}\n" in text


def test_command_reference_section_reads_the_declaration():
    load_all()
    section = "\n".join(docgen.command_section(registry.lookup("Start-CsLab")))
    assert "Start-CsLab [-Name] <String> [-Seed <Int32>] [<CommonParameters>]" in section
    assert "| `-Name` | String | 0 | yes | no |  | The lab to use (Get-CsLab lists them). One of: " in section
    assert "Related: [Get-CsLab](#get-cslab)" in section


DIAGRAMS = dict(docgen.diagrams())


@pytest.mark.parametrize("stem", sorted(DIAGRAMS))
def test_checked_in_diagram_is_up_to_date(stem):
    path = DOCS / "diagrams" / f"{stem}.dot"
    assert path.read_text(encoding="utf-8") == DIAGRAMS[stem], "regenerate: python -m cspshell.docgen diagrams docs/diagrams"


def test_no_stray_diagram_files():
    assert {p.stem for p in (DOCS / "diagrams").glob("*.dot")} == set(DIAGRAMS)


NODE = re.compile(r'^\s*("[^"]+"|\w+) \[', re.MULTILINE)
EDGE = re.compile(r'^\s*("[^"]+"|\w+) -> ("[^"]+"|\w+)', re.MULTILINE)


@pytest.mark.parametrize("stem", sorted(DIAGRAMS))
def test_diagram_is_well_formed(stem):
    text = DIAGRAMS[stem]
    assert text.startswith("digraph ") and text.rstrip().endswith("}")
    assert text.count("{") == text.count("}")
    assert text.count('"') % 2 == 0
    declared = set(NODE.findall(text)) - {"graph", "node", "edge"}
    for source, target in EDGE.findall(text):
        assert source in declared and target in declared, (source, target)


def test_seed_lab_diagram_shows_the_seed():
    text = DIAGRAMS["topology-default"]
    assert "1:5-2  beta-ls14-ee2.beta.deitterick.com  172.16.8.10" in text
    assert ('"pool:ls14pool.beta.deitterick.com" -> "pool:beta-ls14-se2.beta.deitterick.com" '
            '[label="backup registrar 120 s / 240 s"') in text
    assert ('"dns:_sipinternaltls._tcp.beta.deitterick.com" -> "pool:beta-ls14-dir.beta.deitterick.com"') in text


def test_branch_sites_are_drawn_inside_their_central_site():
    text = DIAGRAMS["topology-two-datacenter"]
    redmond = text.index('"cluster_site_1"')
    bellevue = text.index('"cluster_site_3"')
    dublin = text.index('"cluster_site_2"')
    assert redmond < bellevue < dublin
    assert "Site:Bellevue (branch site, SiteId 3)" in text


def test_diagram_of_a_loaded_topology_matches_the_structure_only_one():
    loaded = docgen.topology_dot(load_topology(sample_path("default")), "default")
    assert loaded == DIAGRAMS["topology-default"]


def test_signin_flow_uses_the_routing_constants():
    text = DIAGRAMS["signin-flow"]
    for name in ("_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "sipinternal", "sipexternal"):
        assert name in text
    assert "timeout 21 s / refused 1 s" in text
    assert "Contact: backup registrar;q=0.3" in text


def test_docgen_command_line(capsys, tmp_path):
    assert docgen.main(["diagram", "signin-flow"]) == 0
    assert capsys.readouterr().out == DIAGRAMS["signin-flow"]
    assert docgen.main(["diagram", "nosuch"]) == 2
    assert "no diagram named nosuch" in capsys.readouterr().err
    assert docgen.main(["diagrams", str(tmp_path / "out")]) == 0
    assert sorted(p.stem for p in (tmp_path / "out").iterdir()) == sorted(DIAGRAMS)


def test_readme_links_every_docs_page():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.glob("*.md")):
        assert f"(docs/{page.name})" in readme, f"README.md does not link docs/{page.name}"
    assert readme.startswith("# cspshell\n\n```sh\npython3 -m pip install -e . && cspshell\n"
                             "python3 -m pip install -e '.[test]' && python3 -m pytest\n```")


LINK = re.compile(r"\]\(((?!https?:|#)[^)#\s]+)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def test_docs_link_only_existing_files():
    for page in [REPO_ROOT / "README.md", *sorted(DOCS.glob("*.md"))]:
        prose = CODE.sub("", page.read_text(encoding="utf-8"))
        for target in LINK.findall(prose):
            assert (page.parent / target).exists(), f"{page.name} links {target}, which does not exist"
