"""The packed columns and hash indexes behind the user directory."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cspshell.topology.userstore import HashIndex, StringColumn
from cspshell.topology.users import UserDirectory, cn_of, escape_dn_value
from cspshell.topology import User


def test_string_column_reads_changes_and_appends():
    column = StringColumn.from_values(["alpha", "", "gamma"])
    assert list(column) == ["alpha", "", "gamma"] and len(column) == 3
    column[1] = "beta"
    column.append("delta")
    column[3] = "DELTA"
    assert list(column) == ["alpha", "beta", "gamma", "DELTA"]
    assert not column.compacted


def test_string_column_search_scans_base_changes_and_appends():
    column = StringColumn.from_values(["Ken Myer", "Pilar Ackerman", "Ken Smith"])
    column[2] = "Kim Smith"
    column.append("Ken Adams")
    pattern = re.compile(r"^ken [^\n]*$", re.IGNORECASE | re.MULTILINE)
    assert list(column.search(pattern)) == [0, 3]


def test_packed_column_round_trip():
    column = StringColumn.from_values(["é", "ü", "plain"])
    data, starts = column.packed()
    assert list(StringColumn.unpack(memoryview(data), starts)) == ["é", "ü", "plain"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=8),
                max_size=60))
def test_index_finds_every_row_of_every_key(keys):
    index = HashIndex.build(lambda row: keys[row], keys, len(keys))
    for key in set(keys):
        assert index.find(key) == [row for row, k in enumerate(keys) if k == key]
    assert index.find("\n-absent-") == []


def test_index_follows_rekeyed_and_new_rows():
    keys = ["a", "b", "c"]
    index = HashIndex.build(lambda row: keys[row], keys, 3)
    keys[1] = "z"
    index.add(1)
    keys.append("b")
    index.add(3)
    assert (index.find("b"), index.find("z"), index.find("a")) == ([3], [1], [0])
    rows, hashes = index.packed()
    assert len(rows) == len(hashes) == 8 * 4


def user(n: int, pool: str = "pool.contoso.com") -> User:
    return User(f"sip:u{n}@contoso.com", f"User {n}", f"u{n}", f"u{n}@contoso.com", "CONTOSO",
                pool, policies={"VoicePolicy": "Global"} if n % 2 else {})


def test_directory_pack_unpack_round_trip():
    directory = UserDirectory.from_users([user(n) for n in range(50)], {"CONTOSO": "contoso.com"})
    meta, blobs = directory.pack()
    again = UserDirectory.unpack(meta, {k: memoryview(v) for k, v in blobs.items()})
    assert list(again) == list(directory)
    assert again.get(again.find_sip("U7@CONTOSO.COM")).policies == {"VoicePolicy": "Global"}


def test_directory_pack_after_changes_repacks():
    directory = UserDirectory.from_users([user(n) for n in range(5)], {"CONTOSO": "contoso.com"})
    directory.add(user(99, None))
    directory.remove(0)
    meta, blobs = directory.pack()
    again = UserDirectory.unpack(meta, blobs)
    assert [u.sam_account_name for u in again] == ["u1", "u2", "u3", "u4", "u99"]
    assert again.get(again.find_sam("u99")[0]).registrar_pool is None


def test_distinguished_names():
    assert escape_dn_value("Smith, Ann") == "Smith\\, Ann"
    assert escape_dn_value("#1 fan ") == "\\#1 fan\\ "
    assert cn_of("CN=Smith\\, Ann,OU=Sales,DC=contoso,DC=com") == "Smith, Ann"
    assert cn_of("OU=Sales") is None
