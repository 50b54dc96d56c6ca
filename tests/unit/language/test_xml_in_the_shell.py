"""[xml] in the shell: the admin pattern ``[xml]$t = Get-CsTopology -AsXml`` and what 5.1 prints
for XML documents and elements (powershell-semantics.md 1.2 and 1.5 applied to the XML
adapter's properties; a node's ToString() is its LocalName, ToStringCodeMethods.XmlNode),
methods, Select-Xml (5.1 doc Select-Xml.md, example 4) and Save."""
from __future__ import annotations

import os

import pytest

from cspshell.session import Session

from .lang_helpers import on_seed, run_units


@pytest.fixture(scope="module")
def seed() -> Session:
    session = Session()
    session.topology
    return session


BOOK = ("$x = '<?xml version=\"1.0\" encoding=\"utf-8\"?><Book><projects><project name=\"Book1\">"
        "<editions><edition language=\"English\">En.Book1.com</edition>"
        "<edition language=\"German\">Ge.Book1.Com</edition></editions></project></projects></Book>'")


def test_a_document_is_a_table_of_its_declaration_and_root():
    assert run_units(BOOK, "[xml]$x") == [
        "",
        "xml                            Book",
        "---                            ----",
        'version="1.0" encoding="utf-8" Book',
        "",
        "",
    ]


def test_repeated_elements_are_a_table_with_the_text_column():
    assert run_units(BOOK, "([xml]$x).Book.projects.project.editions.edition") == [
        "",
        "language #text       ",
        "-------- -----       ",
        "English  En.Book1.com",
        "German   Ge.Book1.Com",
        "",
        "",
    ]


def test_the_topology_admin_pattern(seed):
    lines = on_seed(seed, "[xml]$t = Get-CsTopology -AsXml",
                    "$t.Topology.Clusters.Cluster | Select-Object -First 1 Fqdn, @{n='Machines'; e={$_.Machine.Fqdn}}",
                    "$t.Topology.Sites.CentralSite.Name",
                    "$t.GetType().FullName",
                    "$t.Topology.GetType().FullName")
    assert lines[-3:] == ["Beta", "System.Xml.XmlDocument", "System.Xml.XmlElement"]
    assert lines[1].split() == ["Fqdn", "Machines"]
    assert lines[3].split() == ["beta-ls14-dir.beta.deitterick.com", "beta-ls14-dir.beta.deitterick.com"]


def test_node_members_and_methods():
    assert run_units(BOOK, "$d = [xml]$x",
                     "$d.Book.projects.project.GetAttribute('name')",
                     "$d.Book.projects.project.editions.edition[1].OuterXml",
                     "$d.Book.projects.project.editions.InnerText",
                     "$d.SelectNodes('//edition').Count",
                     "$d.SelectSingleNode('//edition[@language=\"German\"]').InnerText",
                     "$d.Book.LocalName",
                     "\"$($d.Book)\"") == [
        "Book1",
        '<edition language="German">Ge.Book1.Com</edition>',
        "En.Book1.comGe.Book1.Com",
        "2",
        "Ge.Book1.Com",
        "Book",
        "Book",
    ]


def test_a_namespace_manager_maps_the_topology_prefix(seed):
    assert on_seed(seed, "[xml]$t = Get-CsTopology -AsXml",
                   "$ns = New-Object System.Xml.XmlNamespaceManager($t.NameTable)",
                   "$ns.AddNamespace('t', $t.Topology.xmlns)",
                   "$t.SelectNodes('//t:CentralSite/t:Name', $ns).InnerText",
                   "$t.SelectNodes('//CentralSite').Count") == ["Beta", "0"]


def test_select_xml_content_example():
    # Select-Xml.md (5.1), example 4: the InnerXml of each edition, one per line
    assert run_units(BOOK, "Select-Xml -Content $x -XPath '//edition' | foreach {$_.node.InnerXML}",
                     "$x | Select-Xml -XPath '//edition' | foreach {$_.node.InnerXML}") == [
        "En.Book1.com", "Ge.Book1.Com", "En.Book1.com", "Ge.Book1.Com"]


def test_select_xml_info_and_namespaces(seed):
    lines = on_seed(seed, "[xml]$t = Get-CsTopology -AsXml",
                    "$r = Select-Xml -Xml $t -XPath '//t:CentralSite' -Namespace @{t = $t.Topology.xmlns}",
                    "$r.Path", "$r.Pattern", "$r.Node.SiteId", "$r.GetType().FullName")
    assert lines == ["InputStream", "//t:CentralSite", "1", "Microsoft.PowerShell.Commands.SelectXmlInfo"]


def test_a_typed_variable_error_points_at_the_whole_assignment():
    # the layout of 5.1's record in Caphyon/clang-power-tools#1114: [xml] $x = ... underlined whole
    lines = run_units("[xml]$p = '<Project>', '  <PropertyGroup>', '    <ErrorText>', '  </PropertyGroup>'")
    assert lines[:6] == [
        'Cannot convert value "System.Object[]" to type "System.Xml.XmlDocument". Error: "The \'ErrorText\' start tag '
        "on line 3 ",
        "position 6 does not match the end tag of 'PropertyGroup'. Line 4, position 5.\"",
        "At line:1 char:1",
        "+ [xml]$p = '<Project>', '  <PropertyGroup>', '    <ErrorText>', '  </P ...",
        "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
        "    + CategoryInfo          : InvalidArgument: (:) [], RuntimeException",
    ]
    assert lines[6] == "    + FullyQualifiedErrorId : InvalidCastToXmlDocument"


def test_save_writes_the_indented_document_in_its_declared_encoding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run_units(BOOK, "([xml]$x).Save('book.xml')")
    data = (tmp_path / "book.xml").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Book>\r\n  <projects>\r\n")
    assert b"      <editions>\r\n        <edition language=\"English\">En.Book1.com</edition>\r\n" in data
    assert not [name for name in os.listdir(tmp_path) if name != "book.xml"]  # no temporary file left


def test_get_member_lists_the_adapted_properties():
    lines = run_units(BOOK, "([xml]$x).Book.projects.project | Get-Member -MemberType Property")
    assert lines[2] == "   TypeName: System.Xml.XmlElement"
    assert [line.split()[0] for line in lines[6:8]] == ["editions", "name"]
    assert lines[7].split(None, 2)[2].rstrip() == "string name {get;set;}"
