"""The lab's FileSystem drive: Windows paths over the host folder the shell started in."""
import os

from cspshell.paths import HOME, PathMap


def test_relative_dot_tilde_and_slashes_normalise_against_the_location(tmp_path):
    paths = PathMap(str(tmp_path))
    assert paths.full(".\\a\\..\\b.txt") == HOME + "\\b.txt"
    assert paths.full("~/x") == HOME + "\\x"
    assert paths.full("c:/Users/Administrator/y") == "C:\\Users\\Administrator\\y"
    assert paths.full("..") == "C:\\Users"


def test_inside_maps_to_the_root_and_back_case_insensitively(tmp_path):
    (tmp_path / "Reports").mkdir()
    paths = PathMap(str(tmp_path))
    host = paths.resolve("reports\\a.txt")
    assert host == os.path.join(str(tmp_path), "Reports", "a.txt")
    assert paths.windows(host) == HOME + "\\Reports\\a.txt"


def test_outside_paths_never_exist_and_show_as_typed(tmp_path):
    paths = PathMap(str(tmp_path))
    host = paths.resolve("C:\\x\\y.txt")
    assert not os.path.exists(os.path.dirname(host))
    assert paths.windows(host) == "C:\\x\\y.txt"
    assert not paths.is_inside("C:\\Users")
