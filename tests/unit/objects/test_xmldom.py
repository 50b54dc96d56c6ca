"""The [xml] object model: parsing as LanguagePrimitives.ConvertToXml does, PowerShell's XML
adapter (engine/CoreAdapter.cs XmlNodeAdapter), OuterXml / InnerXml / InnerText as System.Xml
writes them, .NET's XmlException texts, the refused DTD, and the XPath subset."""
from __future__ import annotations

import pytest

from cspshell.errors import PSError
from cspshell.objects.convert import PSConversionError, convert_to, to_string, type_name, type_names
from cspshell.objects.members import get_property, property_names, set_property
from cspshell.objects.xmldom import (TREE, XmlDocument, XmlElement, indented_lines, parse_document,
                                     to_xml_document)
from cspshell.objects.xpath import NO_MANAGER, XPathError, select

TOPOLOGY_NS = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"
TOPOLOGY = ('<?xml version="1.0" encoding="utf-16"?>\r\n'
            f'<Topology xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="{TOPOLOGY_NS}">\r\n'
            '  <Sites>\r\n    <CentralSite SiteId="1">\r\n      <Name>Beta</Name>\r\n      <Location />\r\n'
            '    </CentralSite>\r\n  </Sites>\r\n  <Clusters>\r\n'
            '    <Cluster Fqdn="pool.contoso.com"><Machine Fqdn="fe1.contoso.com" /><Machine Fqdn="fe2.contoso.com" />'
            '</Cluster>\r\n    <Cluster Fqdn="dir.contoso.com"><Machine Fqdn="dir1.contoso.com" /></Cluster>\r\n'
            '  </Clusters>\r\n</Topology>')


@pytest.fixture
def topology() -> XmlDocument:
    return convert_to(TOPOLOGY, "System.Xml.XmlDocument")


# -- the adapter -----------------------------------------------------------------------------

def test_a_document_shows_its_declaration_and_root(topology):
    assert property_names(topology) == ["xml", "Topology"]
    assert get_property(topology, "xml") == 'version="1.0" encoding="utf-16"'
    assert to_string(get_property(topology, "Topology")) == "Topology"


def test_attributes_come_before_child_elements_and_namespace_declarations_are_attributes(topology):
    root = get_property(topology, "Topology")
    assert property_names(root) == ["xsd", "xmlns", "Sites", "Clusters"]
    assert get_property(root, "xmlns") == TOPOLOGY_NS


def test_text_only_and_empty_elements_read_as_strings(topology):
    site = get_property(get_property(get_property(topology, "Topology"), "Sites"), "CentralSite")
    assert [get_property(site, name) for name in ("SiteId", "Name", "Location")] == ["1", "Beta", ""]


def test_repeated_elements_read_as_an_array_and_names_ignore_case(topology):
    clusters = get_property(get_property(topology, "topology"), "CLUSTERS")
    cluster = get_property(clusters, "Cluster")
    assert isinstance(cluster, list) and len(cluster) == 2
    assert [get_property(m, "Fqdn") for m in get_property(cluster[0], "Machine")] == ["fe1.contoso.com",
                                                                                      "fe2.contoso.com"]


def test_an_element_property_hides_the_dotnet_property_of_that_name(topology):
    site = get_property(get_property(get_property(topology, "Topology"), "Sites"), "CentralSite")
    assert get_property(site, "Name") == "Beta"            # the <Name> child, not XmlElement.Name
    assert get_property(site, "LocalName") == "CentralSite"
    assert get_property(get_property(topology, "Topology"), "Name") == "Topology"


def test_type_names_carry_the_namespace_and_local_name(topology):
    root = get_property(topology, "Topology")
    assert type_name(root) == "System.Xml.XmlElement"
    assert type_names(root) == [f"System.Xml.XmlElement#{TOPOLOGY_NS}#Topology", "System.Xml.XmlElement",
                                "System.Xml.XmlLinkedNode", "System.Xml.XmlNode", "System.Object"]
    assert type_names(topology) == ["System.Xml.XmlDocument", "System.Xml.XmlNode", "System.Object"]


def test_comments_are_properties_and_whitespace_is_not():
    doc = to_xml_document("<a>\n  <!-- note -->\n  <b>1</b>\n</a>")
    assert property_names(get_property(doc, "a")) == ["#comment", "b"]
    assert get_property(get_property(doc, "a"), "#comment") == " note "


def test_mixed_text_and_attribute_show_as_text_property():
    doc = to_xml_document('<a><e lang="en">En</e></a>')
    edition = get_property(get_property(doc, "a"), "e")
    assert property_names(edition) == ["lang", "#text"]
    assert get_property(edition, "#text") == "En"


# -- setting --------------------------------------------------------------------------------

def test_setting_an_attribute_or_a_text_element_takes_a_string(topology):
    site = get_property(get_property(get_property(topology, "Topology"), "Sites"), "CentralSite")
    assert set_property(site, "Name", "Dublin") and set_property(site, "SiteId", "7")
    assert site.outer_xml == '<CentralSite SiteId="7"><Name>Dublin</Name><Location /></CentralSite>'


def test_setting_anything_but_a_string_is_refused(topology):
    site = get_property(get_property(get_property(topology, "Topology"), "Sites"), "CentralSite")
    with pytest.raises(PSError) as caught:
        set_property(site, "SiteId", 7)
    assert caught.value.record.message == ('Cannot set "SiteId" because only strings can be used as values to set '
                                           'XmlNode properties.')


# -- text forms -----------------------------------------------------------------------------

def test_outer_and_inner_xml_follow_system_xml():
    doc = to_xml_document('<r a="1 &amp; 2"><e/><f></f><g>x &lt; y</g><![CDATA[<raw>]]></r>')
    root = doc.document_element
    assert root.outer_xml == '<r a="1 &amp; 2"><e /><f></f><g>x &lt; y</g><![CDATA[<raw>]]></r>'
    assert root.inner_text == "x < y<raw>"
    assert doc.outer_xml == root.outer_xml


def test_save_indents_two_spaces_except_inside_text_elements(topology):
    lines = indented_lines(topology)
    assert lines[:6] == ['<?xml version="1.0" encoding="utf-16"?>',
                         f'<Topology xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns="{TOPOLOGY_NS}">',
                         "  <Sites>", '    <CentralSite SiteId="1">', "      <Name>Beta</Name>", "      <Location />"]


# -- errors ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ("", "Root element is missing."),
    ("hello", "Data at the root level is invalid. Line 1, position 1."),
    ("<a>", "Unexpected end of file has occurred. The following elements are not closed: a. Line 1, position 4."),
    # the shape of 5.1's message in Caphyon/clang-power-tools#1114 (start tag at its name, end tag at its name)
    ("<a>\n  <b>\n</a>", "The 'b' start tag on line 2 position 4 does not match the end tag of 'a'. Line 3, "
                         "position 3."),
    ("<a/><b/>", "There are multiple root elements. Line 1, position 6."),
    ("<a>&nbsp;</a>", "Reference to undeclared entity 'nbsp'. Line 1, position 5."),
    ("<a b=c/>", "'c' is an unexpected token. The expected token is '\"' or '''. Line 1, position 6."),
    ("<1a/>", "Name cannot begin with the '1' character, hexadecimal value 0x31. Line 1, position 2."),
])
def test_a_bad_document_gives_the_xmlexception_text(text, inner):
    with pytest.raises(PSConversionError) as caught:
        to_xml_document(text)
    assert caught.value.error_id == "InvalidCastToXmlDocument"
    assert caught.value.message == f'Cannot convert value "{text}" to type "System.Xml.XmlDocument". Error: "{inner}"'


def test_an_array_is_joined_with_newlines_and_named_by_its_type():
    assert to_xml_document(["<a>", "<b>1</b>", "</a>"]).document_element.inner_xml == "<b>1</b>"
    with pytest.raises(PSConversionError) as caught:
        to_xml_document(["<a>", "</b>"])
    assert caught.value.message.startswith('Cannot convert value "System.Object[]" to type')


def test_a_dtd_is_refused_so_no_entity_is_ever_expanded():
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n'
            '<lolz>&lol2;</lolz>')
    with pytest.raises(PSConversionError) as caught:
        to_xml_document(bomb)
    assert "For security reasons DTD is prohibited in this XML document." in caught.value.message
    assert caught.value.message.endswith('Line 2, position 3."')


def test_external_entities_are_never_fetched():
    with pytest.raises(PSConversionError) as caught:
        to_xml_document('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&ext;</a>')
    assert "DTD is prohibited" in caught.value.message


def test_null_and_documents_pass_through(topology):
    assert to_xml_document(None) is None
    assert to_xml_document(topology) is topology


# -- XPath ----------------------------------------------------------------------------------

def test_unprefixed_names_match_only_elements_in_no_namespace(topology):
    assert select(TREE, topology, "//Cluster") == []
    assert [e.local_name for e in select(TREE, topology, "//*[local-name()='Cluster']")] == ["Cluster", "Cluster"]


def test_a_prefix_needs_a_namespace_manager(topology):
    with pytest.raises(XPathError) as caught:
        select(TREE, topology, "//t:Cluster")
    assert str(caught.value) == NO_MANAGER
    found = select(TREE, topology, "//t:Cluster[@Fqdn='pool.contoso.com']/t:Machine[2]/@Fqdn", {"t": TOPOLOGY_NS})
    assert [a.value for a in found] == ["fe2.contoso.com"]


@pytest.mark.parametrize("path, expected", [
    ("/r/e", ["1", "2", "3"]),
    ("//e[last()]", ["3"]),
    ("//e[position() > 1]", ["2", "3"]),
    ("/r/e[@k='b']", ["2"]),
    ("/r/e[. = '3']", ["3"]),
    ("//e[contains(@k, 'c')] | //e[1]", ["1", "3"]),
    ("/r/e[not(@k)]", []),
    ("/r/e[1]/following-sibling::e", ["2", "3"]),
    ("//e/text()", ["1", "2", "3"]),
])
def test_the_xpath_subset(path, expected):
    doc = parse_document('<r><e k="a">1</e><e k="b">2</e><e k="c">3</e></r>')
    assert [n.inner_text for n in select(TREE, doc, path)] == expected


def test_an_invalid_expression_is_dotnets_invalid_token_error():
    doc = parse_document("<r/>")
    with pytest.raises(XPathError) as caught:
        select(TREE, doc, "//[")
    assert str(caught.value) == "'//[' has an invalid token."


def test_elements_parse_as_elements():
    doc = parse_document("<r><e/></r>")
    assert isinstance(doc.document_element, XmlElement)
    assert doc.document_element.children[0].is_empty
