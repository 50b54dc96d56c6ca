"""The JSON Schema ships with the package and matches the declarations; the samples ship
as the package cspshell.samples and every package folder is listed in pyproject.toml."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from cspshell.topology import json_schema, sample_names, sample_path
from cspshell.topology.schema import json_schema_text

ROOT = Path(__file__).resolve().parents[3]


def test_shipped_schema_json_is_up_to_date():
    shipped = (ROOT / "cspshell" / "topology" / "schema.json").read_text(encoding="utf-8")
    assert shipped == json_schema_text(), \
        "regenerate: python -c \"from cspshell.topology.schema import json_schema_text; " \
        "open('cspshell/topology/schema.json','w').write(json_schema_text())\""


@pytest.mark.parametrize("name", sample_names())
def test_samples_validate_against_the_schema(name):
    jsonschema = pytest.importorskip("jsonschema")
    document = yaml.safe_load(sample_path(name).read_text(encoding="utf-8"))
    jsonschema.validate(document, json_schema())


def test_schema_rejects_what_validation_rejects():
    jsonschema = pytest.importorskip("jsonschema")
    document = yaml.safe_load(sample_path("default").read_text(encoding="utf-8"))
    document["pools"][0]["bakup"] = {"pool": "x.contoso.com"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, json_schema())


def test_every_package_folder_is_listed_in_pyproject():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'^\s+"(cspshell[\w.]*)",?$', text, re.MULTILINE))
    folders = {".".join(path.parent.relative_to(ROOT).parts)
               for path in (ROOT / "cspshell").rglob("__init__.py")}
    missing = folders - listed
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert "cspshell.samples" in listed
    assert 'package-dir = {"cspshell.samples" = "topology"}' in text


def test_samples_folder_is_a_package_with_the_yaml_files():
    folder = ROOT / "topology"
    assert (folder / "__init__.py").is_file()
    assert {p.stem for p in folder.glob("*.yaml")} == set(sample_names())
    assert sample_path("default.yaml") == sample_path("default")
    with pytest.raises(FileNotFoundError, match="the samples are: default"):
        sample_path("nonexistent")


def test_no_absolute_machine_paths_in_samples():
    home_like = re.compile(r"(^|[\s'\"])/(home|root|work|tmp)/")
    for name in sample_names():
        assert not home_like.search(sample_path(name).read_text(encoding="utf-8"))
