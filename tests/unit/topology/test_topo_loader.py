"""The loader refuses hostile or broken files quickly and never lets a traceback through."""
from __future__ import annotations

import os
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cspshell.topology import (
    MAX_YAML_BYTES, Topology, TopologyError, check_topology, load_topology, load_topology_text,
)

from cspshell.topology import yamldoc

from topo_helpers import MINIMAL, find, problems_of

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9) if previous else 'lol, ' * 8 + 'lol'}]\n"
    for previous, name in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"],
                              ["a", "b", "c", "d", "e", "f", "g", "h", "i"]))


def refused(path) -> list:
    """Return the problems of a file that must be refused, and check it was quick."""
    start = time.perf_counter()
    with pytest.raises(TopologyError) as caught:
        load_topology(path, use_cache=False)
    # Generous bound: the point is "no parsing of the whole thing", not a benchmark.
    assert time.perf_counter() - start < 5
    return caught.value.problems


def test_alias_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB)
    problem = find(refused(path), "an alias bomb?")
    assert "387,420,489" in problem.message or "expand this document" in problem.message


def test_recursive_alias_is_refused():
    find(problems_of("a: &x [1, *x]\n"), "recursive alias")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "junk.yaml"
    with open(path, "wb") as stream:
        stream.truncate(100 * 1024 * 1024)       # sparse: 100 MB without writing them
    find(refused(path), f"may be at most {MAX_YAML_BYTES // 2**20} MiB")


def test_binary_junk_is_refused(tmp_path):
    path = tmp_path / "junk.yaml"
    path.write_bytes(os.urandom(1024 * 1024) + b"\x00")
    problems = refused(path)
    assert len(problems) == 1 and problems[0].is_error


def test_large_text_junk_is_refused_quickly(tmp_path):
    path = tmp_path / "junk.yaml"
    path.write_text("x: [}\n" * 2_000_000)
    find(refused(path), "YAML syntax error")


def test_deep_nesting_is_refused_without_crashing(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 200_000 + "]" * 200_000)
    find(refused(path), "nested more than 64 levels")


def test_non_utf8_names_line_and_column(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"sip_domains: [contoso.com]\nname: caf\xe9\n")
    problem = find(refused(path), "not UTF-8")
    assert (problem.line, problem.column) == (2, 10)


def test_object_construction_tags_are_refused():
    problem = find(problems_of("sip_domains: !!python/object/apply:os.system [echo]\n"),
                   "is not allowed in a topology")
    assert (problem.line, problem.column) == (1, 14)


def test_several_documents_are_refused():
    find(problems_of(MINIMAL + "---\nname: second\n"), "more than one YAML document")


def test_missing_file_and_folder(tmp_path):
    find(refused(tmp_path / "nope.yaml"), "does not exist")
    find(refused(tmp_path), "this is a folder")


def test_empty_and_non_mapping_documents():
    find(problems_of(""), "the file is empty")
    find(problems_of("- a\n- b\n"), "the topology must be a mapping")


def test_merge_keys_and_anchors_are_supported():
    source = MINIMAL.replace("  - fqdn: se.contoso.com\n    kind: StandardEdition\n",
                             "  - fqdn: se.contoso.com\n    <<: &se {kind: StandardEdition}\n")
    topology = load_topology_text(source)
    assert topology.pool("se.contoso.com").kind.value == "StandardEdition"


def test_check_topology_returns_problems_without_raising(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("sites: 1\n")
    problems = check_topology(path)
    assert problems and all(p.file == str(path) for p in problems)


# Arbitrary text and arbitrary YAML-shaped data: the loader answers with a topology or
# a TopologyError, never any other exception.
yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 70),
                         st.sampled_from([2**31, 2**64]), st.text(max_size=12))
yaml_values = st.recursive(yaml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.sampled_from(["fqdn", "kind", "site", "cluster", "machines", "ip",
                                     "backup", "pool", "id", "name", "users", "sip_address",
                                     "generate", "count", "pools", "csv", "dns", "type"]),
                    inner, max_size=5)), max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises_anything_else(source):
    try:
        result = load_topology_text(source, "fuzz.yaml")
    except TopologyError as error:
        assert error.problems
    else:
        assert isinstance(result, Topology)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["sip_domains", "sites", "pools", "users", "dns",
                                        "clients", "domains", "registrar_configurations"]),
                       yaml_values, max_size=6))
def test_arbitrary_documents_never_raise_anything_else(document):
    source = yaml.safe_dump(document)
    try:
        load_topology_text(source, "fuzz.yaml")
    except TopologyError as error:
        assert all(p.file == "fuzz.yaml" for p in error.problems)


def test_undefined_alias_is_refused():
    find(problems_of("sip_domains: *nowhere\n"), "the alias *nowhere names no anchor")


def test_lone_surrogate_is_refused(monkeypatch):
    source = MINIMAL.replace("display_name: Ken Myer", 'display_name: "Ken \\ud800"')
    find(problems_of(source), "invalid Unicode character escape")
    # The pure-Python parser (used when libyaml is missing) lets it through to validation.
    monkeypatch.setattr(yamldoc, "_Loader", yaml.SafeLoader)
    find(problems_of(source), "not valid text (a lone UTF-16 surrogate")
