"""Select-Xml: XPath queries over ``[xml]`` documents, XML strings and XML files.

Each node found comes out as a SelectXmlInfo (Node, Path, Pattern); Path is
``InputStream`` for nodes and strings, the file's full path otherwise; ToString() is the
node's trimmed value (its inner XML for an element), after ``path:`` for a file. The XPath
subset and its namespace rules are those of ``objects.xpath``: with a default namespace the
names need a prefix mapped with -Namespace (``@{t = 'urn:...'}``), as in 5.1.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..objects.convert import PSConversionError, to_string
from ..objects.psobject import PSObject
from ..objects.xmldom import TREE, XML_NAMESPACE, XmlNode, to_xml_document
from ..objects.xpath import XPathError, select
from .base import NO_INPUT, Cmdlet
from .data import read_text
from .registry import UTILITY, Parameter, cmdlet
from .utility import as_list

P = Parameter
SELECT_XML_INFO = "Microsoft.PowerShell.Commands.SelectXmlInfo"
INPUT_STREAM = "InputStream"


def select_xml_info(node: XmlNode, path: str, pattern: str) -> PSObject:
    """A SelectXmlInfo: Node, Path, Pattern."""
    return PSObject([("Node", node), ("Path", path), ("Pattern", pattern)],
                    typenames=[SELECT_XML_INFO, "System.Object"], tostring=_info_text)


def _info_text(info: PSObject) -> str:
    node = info.get("Node")
    text = (node.value if node.value is not None else node.inner_xml).strip()
    path = info.get("Path")
    return text if path == INPUT_STREAM else f"{path}:{text}"


@cmdlet("Select-Xml", UTILITY, [
    P("Xml", "System.Xml.XmlNode[]", position=1, mandatory=True, aliases=("Node",), from_pipeline=True,
      from_pipeline_by_name=True, sets=("Xml",), help="Specifies one or more XML nodes (an [xml] document)."),
    P("Path", "String[]", position=1, mandatory=True, from_pipeline_by_name=True, sets=("Path",),
      help="Specifies the paths of the XML files to search."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), from_pipeline_by_name=True,
      sets=("LiteralPath",), help="Specifies the paths of the XML files to search, taken literally."),
    P("Content", "String[]", mandatory=True, from_pipeline=True, sets=("Content",),
      help="Specifies a string that contains the XML to search."),
    P("XPath", "String", position=0, mandatory=True, help="Specifies an XPath search query (case-sensitive)."),
    P("Namespace", "Hashtable", help="Specifies a hash table of the namespaces used in the XML: @{prefix = 'uri'}."),
], default_set="Xml", output_type=SELECT_XML_INFO, synopsis="Finds text in an XML string or document.",
    description="The Select-Xml cmdlet runs an XPath query over XML nodes, XML strings or XML files and returns "
                "a SelectXmlInfo object (Node, Path, Pattern) for each node found.",
    examples=(("[xml]$t = Get-CsTopology -AsXml; Select-Xml -Xml $t -XPath '//t:Cluster' "
               "-Namespace @{t = 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008'}",
               "Finds the pools (clusters) of the topology document."),
              ("Select-Xml -Content '<a><b>1</b></a>' -XPath '//b' | ForEach-Object { $_.Node.InnerText }",
               "Reads the text of the b elements.")),
    related=("Get-CsTopology",))
class SelectXmlCommand(Cmdlet):
    """Select-Xml."""

    def process(self) -> Iterator[Any]:
        for source, node in self._sources():
            yield from self._query(node, source)

    def _sources(self) -> Iterator[tuple[str, XmlNode]]:
        if "Content" in self.params:
            for text in as_list(self.params["Content"]):
                yield from self._parsed(to_string(text), INPUT_STREAM)
        elif "Xml" in self.params:
            for item in as_list(self.params["Xml"]):
                if isinstance(item, XmlNode):
                    yield INPUT_STREAM, item
                elif item is not None and item is not NO_INPUT:
                    yield from self._parsed(to_string(item), INPUT_STREAM)
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            text = read_text(self, to_string(path))
            if text is not None:
                yield from self._parsed(text, self.ctx.resolve_path(to_string(path)))

    def _parsed(self, text: str, source: str) -> Iterator[tuple[str, XmlNode]]:
        try:
            document = to_xml_document(text)
        except PSConversionError as exc:
            self.error(exc.message, "InvalidCastToXmlDocument", "InvalidArgument", text,
                       exception_type="PSInvalidCastException")
            return
        if document is not None:
            yield source, document

    def _query(self, node: XmlNode, source: str) -> Iterator[PSObject]:
        pattern = to_string(self.params["XPath"])
        try:
            found = select(TREE, node, pattern, self._namespaces())
        except XPathError as exc:
            self.terminate(str(exc), "XPathException", "InvalidArgument", pattern,
                           exception_type="XPathException")
            return
        for match in found:
            yield select_xml_info(match, source, pattern)

    def _namespaces(self) -> Optional[dict[str, str]]:
        table = self.params.get("Namespace")
        if table is None:
            return None
        return {"xml": XML_NAMESPACE, **{to_string(k): to_string(v) for k, v in table.items()}}
