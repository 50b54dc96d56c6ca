"""The compiled cache (hit, stale, corrupt, location) and export (round trip, atomic write)."""
from __future__ import annotations

import os

import pytest

from cspshell.topology import (
    DnsRecord, cache_directory, dump_topology, load_topology, sample_path, topology_document,
)
from cspshell.topology import cache, loader, writer

from topo_helpers import MINIMAL

BULK = MINIMAL + "  - generate: {count: 300, pools: [pool.contoso.com, se.contoso.com]}\n"


@pytest.fixture
def small_threshold(monkeypatch):
    """Cache topologies of any size, so the tests stay small."""
    monkeypatch.setattr(loader, "CACHE_MIN_USERS", 1)


def write(folder, text: str, name: str = "lab.yaml"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def cache_files(folder):
    return sorted(folder.glob("*.topo")) if folder.exists() else []


def test_cache_folder_follows_xdg(private_cache):
    assert cache_directory() == private_cache
    assert cache_directory("/elsewhere") == type(private_cache)("/elsewhere")


def test_cache_hit_gives_the_same_model(tmp_path, private_cache, small_threshold):
    path = write(tmp_path, BULK)
    first = load_topology(path)
    assert len(cache_files(private_cache)) == 1
    second = load_topology(path)
    assert topology_document(second) == topology_document(first)
    assert second.user("user000150@contoso.com").registrar_pool == "se.contoso.com"
    assert second.resolve_users("User 00030*")[0].sam_account_name == "user000300"
    assert second.source == str(path)


def test_small_topologies_are_not_cached(tmp_path, private_cache):
    load_topology(write(tmp_path, MINIMAL))
    assert cache_files(private_cache) == []


def test_changed_content_misses_the_cache(tmp_path, private_cache, small_threshold):
    path = write(tmp_path, BULK)
    load_topology(path)
    write(tmp_path, BULK.replace("count: 300", "count: 301"))
    assert len(load_topology(path).users) == 302
    assert len(cache_files(private_cache)) == 2


def test_changed_csv_misses_the_cache(tmp_path, small_threshold):
    (tmp_path / "u.csv").write_text("sip_address\nsip:a@contoso.com\n")
    path = write(tmp_path, MINIMAL + "  - csv: u.csv\n")
    assert len(load_topology(path).users) == 2
    (tmp_path / "u.csv").write_text("sip_address\nsip:a@contoso.com\nsip:b@contoso.com\n")
    assert len(load_topology(path).users) == 3


@pytest.mark.parametrize("damage", ["truncate", "flip", "magic", "empty"])
def test_corrupt_cache_is_rebuilt_not_trusted(tmp_path, private_cache, small_threshold, damage):
    path = write(tmp_path, BULK)
    expected = topology_document(load_topology(path))
    [cached] = cache_files(private_cache)
    data = bytearray(cached.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-10] ^= 0xFF
    elif damage == "magic":
        data[:4] = b"JUNK"
    else:
        data = bytearray()
    cached.write_bytes(bytes(data))
    assert topology_document(load_topology(path)) == expected
    [rebuilt] = cache_files(private_cache)
    assert rebuilt.read_bytes() != bytes(data)


def test_unwritable_cache_folder_does_not_stop_loading(tmp_path, small_threshold):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    topology = load_topology(write(tmp_path, BULK), cache_dir=blocker / "sub")
    assert len(topology.users) == 301


def test_cache_key_depends_on_content_and_override():
    assert cache.cache_key(b"a", None) != cache.cache_key(b"b", None)
    assert cache.cache_key(b"a", None) != cache.cache_key(b"a", 10)
    assert cache.cache_key(b"a", 10) == cache.cache_key(b"a", 10)


@pytest.mark.parametrize("name", ["default", "two-datacenter"])
def test_export_round_trip_of_the_samples(tmp_path, name):
    original = load_topology(sample_path(name))
    [written] = dump_topology(original, tmp_path / "export.yaml")
    again = load_topology(written)
    assert topology_document(again) == topology_document(original)
    assert again.warnings == []


def test_export_keeps_lab_changes(tmp_path, seed_lab):
    topology = load_topology(sample_path("default"))
    topology.move_user("acooper", "ls14pool.beta.deitterick.com")
    topology.set_backup_pool("ls14pool.beta.deitterick.com", "beta-ls14-se1.beta.deitterick.com")
    topology.set_client_cache("client1", "sip:lcarter@beta.deitterick.com",
                              "beta-ls14-ee2.beta.deitterick.com")
    topology.add_dns_record(DnsRecord("_sipinternaltls._tcp.beta.deitterick.com", "SRV",
                                      "beta-ls14-se1.beta.deitterick.com", 5061, 10))
    [written] = dump_topology(topology, tmp_path / "lab.yaml")
    again = load_topology(written)
    assert topology_document(again) == topology_document(topology)
    assert again.user("acooper").registrar_pool == "ls14pool.beta.deitterick.com"
    assert again.client("client1").cached_registrar("lcarter@beta.deitterick.com") == \
        "beta-ls14-ee2.beta.deitterick.com"
    assert topology_document(again) != topology_document(seed_lab)


def test_big_export_puts_users_in_a_csv(tmp_path):
    topology = load_topology(write(tmp_path, BULK))
    (tmp_path / "out").mkdir()
    files = dump_topology(topology, tmp_path / "out" / "big.yaml", csv_threshold=100)
    assert [f.name for f in files] == ["big.users.csv", "big.yaml"]
    assert "- csv: big.users.csv" in files[1].read_text()
    assert topology_document(load_topology(files[1])) == topology_document(topology)


def test_export_is_atomic(tmp_path, monkeypatch, seed_lab):
    target = tmp_path / "lab.yaml"
    target.write_text("the previous export\n")

    def failing_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(writer.os, "replace", failing_replace)
    with pytest.raises(OSError):
        dump_topology(seed_lab, target)
    assert target.read_text() == "the previous export\n"
    assert os.listdir(tmp_path) == ["lab.yaml"]          # no temporary file left behind


def test_cached_warnings_name_the_path_used(tmp_path, small_threshold):
    source = BULK.replace("    cluster: 3\n", "    cluster: 3\n    backup: {pool: pool.contoso.com, "
                                             "failure_detection_interval: 60}\n")
    first = write(tmp_path, source, "one.yaml")
    second = write(tmp_path, source, "two.yaml")
    assert [w.file for w in load_topology(first).warnings] == [str(first)]
    assert [w.file for w in load_topology(second).warnings] == [str(second)]   # from cache
