"""The persistent history file."""
from __future__ import annotations

import multiprocessing

from cspshell.repl.history import HistoryFile, PersistentHistory, decode_entries, encode_entry


def test_entries_round_trip_including_multi_line_ones() -> None:
    entries = ["Get-CsUser", "foreach ($u in 1..3) {\n  $u\n}", "  spaced  "]
    data = b"".join(encode_entry(e) for e in entries)
    assert decode_entries(data) == entries


def test_append_creates_the_folder_and_keeps_order(tmp_path) -> None:
    history = HistoryFile(tmp_path / "state" / "cspshell" / "history.txt")
    history.append("Get-Date")
    history.append("Get-CsPool")
    assert history.read() == ["Get-Date", "Get-CsPool"]


def test_trim_keeps_the_newest_entries(tmp_path) -> None:
    history = HistoryFile(tmp_path / "history.txt", limit=3)
    for n in range(7):
        history.append(f"command {n}")
    assert history.trim() == ["command 4", "command 5", "command 6"]
    assert history.read() == ["command 4", "command 5", "command 6"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".history-")]


def _append_many(path: str, tag: str) -> None:
    history = HistoryFile(path)
    for n in range(50):
        history.append(f"{tag} {n}\nsecond line {n}")


def test_two_shells_appending_at_once_never_interleave(tmp_path) -> None:
    path = str(tmp_path / "history.txt")
    workers = [multiprocessing.Process(target=_append_many, args=(path, tag)) for tag in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    entries = HistoryFile(path).read()
    assert len(entries) == 100
    assert all(e.split("\n")[1] == "second line " + e.split(" ")[1].split("\n")[0] for e in entries)


def test_prompt_history_survives_a_restart_without_repeats(tmp_path) -> None:
    path = tmp_path / "history.txt"
    first = PersistentHistory(path)
    assert list(first.load_history_strings()) == []
    for text in ("Get-CsUser", "Get-CsUser", "Get-CsPool", "   "):
        first.append_string(text)
    second = PersistentHistory(path)
    assert list(second.load_history_strings()) == ["Get-CsPool", "Get-CsUser"]


def test_an_unreadable_history_is_empty(tmp_path) -> None:
    assert HistoryFile(tmp_path / "missing" / "history.txt").read() == []
