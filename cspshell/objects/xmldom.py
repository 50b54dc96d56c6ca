"""``[xml]``: System.Xml's document object model as Windows PowerShell 5.1 shows it.

Parsing follows LanguagePrimitives.ConvertToXml: the value's text (an array's items joined
by newlines) is read with whitespace-only text dropped and comments and processing
instructions kept; a failure is ``Cannot convert value "..." to type
"System.Xml.XmlDocument". Error: "<XmlException message>"`` (InvalidCastToXmlDocument).
The parser is expat (the one under xml.etree); a DOCTYPE or ENTITY declaration is refused
with .NET's prohibited-DTD message, so no entity is ever expanded or fetched.

PowerShell's XML adapter (XmlNodeAdapter) decides what a node shows as properties: its
attributes, then its child nodes (whitespace excepted), grouped by local name without
case; several nodes of one name read as an array; a node reads as its text when it is a
text node, an attribute, or an element with no attributes whose only child is text (or
that has no children), else as the node itself. Those names hide the .NET properties of
the same name (``Name``, ``Value`` ...), which are reached otherwise. A node's ToString()
is its local name (types.ps1xml), which is what a table cell shows.
"""
from __future__ import annotations

import os
import tempfile
from typing import Any, Callable, Iterator, Optional
from xml.parsers import expat

from ..errors import ErrorRecord, PSError
from . import xpath
from .convert import PSConversionError, to_string, type_name

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XML_DOCUMENT = "System.Xml.XmlDocument"
DTD_PROHIBITED = ("For security reasons DTD is prohibited in this XML document. To enable DTD processing set "
                  "the DtdProcessing property on XmlReaderSettings to Parse and pass the settings into "
                  "XmlReader.Create method.")
_SET_ONLY_STRINGS = 'Cannot set "{0}" because only strings can be used as values to set XmlNode properties.'


# =========================================================================== the nodes

class XmlNode:
    """A node of the tree. ``node_type`` is .NET's XmlNodeType name; ``dotnet_types`` its
    class and base classes, most derived first."""

    __slots__ = ("parent", "children", "__weakref__")
    node_type = "None"
    dotnet_types: tuple[str, ...] = ("System.Xml.XmlNode",)

    def __init__(self) -> None:
        self.parent: Optional[XmlNode] = None
        self.children: list[XmlNode] = []

    # -- names and values (.NET's properties) ----------------------------------------
    @property
    def local_name(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return ""

    @property
    def prefix(self) -> str:
        return ""

    @property
    def namespace_uri(self) -> str:
        return ""

    @property
    def value(self) -> Optional[str]:
        return None

    @property
    def attributes(self) -> Optional[list["XmlAttribute"]]:
        return None

    def child_nodes(self) -> list["XmlNode"]:
        return self.children

    @property
    def inner_text(self) -> str:
        return "".join(node.inner_text for node in self.children
                       if node.node_type not in ("Comment", "ProcessingInstruction", "XmlDeclaration"))

    @property
    def outer_xml(self) -> str:
        return self.inner_xml

    @property
    def inner_xml(self) -> str:
        return "".join(node.outer_xml for node in self.children)

    @property
    def owner_document(self) -> Optional["XmlDocument"]:
        node: Optional[XmlNode] = self
        while node is not None and not isinstance(node, XmlDocument):
            node = node.parent
        return node

    # -- PowerShell's view -------------------------------------------------------------
    @property
    def ps_type_name(self) -> str:
        return self.dotnet_types[0]

    @property
    def ps_type_names(self) -> list[str]:
        """PSTypeNames: with a namespace, ``Type#namespace#localname`` first (XmlNodeAdapter)."""
        names = list(self.dotnet_types) + ["System.Object"]
        if self.namespace_uri:
            names.insert(0, f"{names[0]}#{self.namespace_uri}#{self.local_name}")
        return names

    def ps_to_string(self) -> str:
        return self.local_name

    def ps_get(self, name: str, default: Any = None) -> Any:
        nodes = find_nodes(self, name)
        if nodes:
            return node_value(nodes[0]) if len(nodes) == 1 else [node_value(n) for n in nodes]
        getter = _DOTNET_PROPERTIES.get(name.lower())
        if getter is not None and getter[1](self):
            return getter[0](self)
        return default

    def ps_property_names(self) -> list[str]:
        names = adapted_names(self)
        return names if names else [n for n, (_, applies) in _DOTNET_NAMES.items() if applies(self)]

    def ps_set(self, name: str, new: Any) -> bool:
        nodes = find_nodes(self, name)
        if not nodes:
            return _set_dotnet(self, name, new)
        _assign(nodes, name, new)
        return True

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class XmlDocument(XmlNode):
    __slots__ = ()
    node_type = "Document"
    dotnet_types = (XML_DOCUMENT, "System.Xml.XmlNode")

    @property
    def name(self) -> str:
        return "#document"

    @property
    def document_element(self) -> Optional["XmlElement"]:
        return next((c for c in self.children if isinstance(c, XmlElement)), None)


class _NamedNode(XmlNode):
    """What an element and an attribute share: a qualified name (prefix, local name) and a
    namespace URI."""

    __slots__ = ("_prefix", "_local", "_uri")

    def __init__(self, prefix: str, local: str, uri: str):
        super().__init__()
        self._prefix, self._local, self._uri = prefix, local, uri

    @property
    def local_name(self) -> str:
        return self._local

    @property
    def name(self) -> str:
        return f"{self._prefix}:{self._local}" if self._prefix else self._local

    @property
    def prefix(self) -> str:
        return self._prefix

    @property
    def namespace_uri(self) -> str:
        return self._uri


class XmlElement(_NamedNode):
    __slots__ = ("attrs", "is_empty")
    node_type = "Element"
    dotnet_types = ("System.Xml.XmlElement", "System.Xml.XmlLinkedNode", "System.Xml.XmlNode")

    def __init__(self, prefix: str, local: str, uri: str):
        super().__init__(prefix, local, uri)
        self.attrs: list[XmlAttribute] = []
        self.is_empty = True

    @property
    def attributes(self) -> list["XmlAttribute"]:
        return self.attrs

    @property
    def outer_xml(self) -> str:
        head = "<" + self.name + "".join(" " + a.outer_xml for a in self.attrs)
        if not self.children and self.is_empty:
            return head + " />"
        return f"{head}>{self.inner_xml}</{self.name}>"

    def attribute(self, name: str) -> Optional["XmlAttribute"]:
        """The attribute of this qualified name (case-sensitive, as GetAttribute)."""
        return next((a for a in self.attrs if a.name == name), None)


class XmlAttribute(_NamedNode):
    __slots__ = ("text",)
    node_type = "Attribute"
    dotnet_types = ("System.Xml.XmlAttribute", "System.Xml.XmlNode")

    def __init__(self, prefix: str, local: str, uri: str, text: str):
        super().__init__(prefix, local, uri)
        self.text = text

    @property
    def value(self) -> str:
        return self.text

    def child_nodes(self) -> list[XmlNode]:
        """An attribute's value is one text node (none when empty), as in System.Xml."""
        if not self.text:
            return []
        node = XmlText(self.text)
        node.parent = self
        return [node]

    @property
    def inner_text(self) -> str:
        return self.text

    @property
    def inner_xml(self) -> str:
        return _escape(self.text, attribute=True)

    @property
    def outer_xml(self) -> str:
        return f'{self.name}="{_escape(self.text, attribute=True)}"'


class _CharacterData(XmlNode):
    """Text, CDATA and comment nodes: their Name is a fixed ``#...`` name, their value the data."""

    __slots__ = ("data",)
    fixed_name = ""

    def __init__(self, data: str):
        super().__init__()
        self.data = data

    @property
    def name(self) -> str:
        return self.fixed_name

    @property
    def value(self) -> str:
        return self.data

    @property
    def inner_text(self) -> str:
        return self.data


class XmlText(_CharacterData):
    __slots__ = ()
    node_type = "Text"
    fixed_name = "#text"
    dotnet_types = ("System.Xml.XmlText", "System.Xml.XmlCharacterData", "System.Xml.XmlLinkedNode",
                    "System.Xml.XmlNode")

    @property
    def outer_xml(self) -> str:
        return _escape(self.data)


class XmlCDataSection(_CharacterData):
    __slots__ = ()
    node_type = "CDATA"
    fixed_name = "#cdata-section"
    dotnet_types = ("System.Xml.XmlCDataSection", "System.Xml.XmlText", "System.Xml.XmlCharacterData",
                    "System.Xml.XmlLinkedNode", "System.Xml.XmlNode")

    @property
    def outer_xml(self) -> str:
        return f"<![CDATA[{self.data}]]>"


class XmlComment(_CharacterData):
    __slots__ = ()
    node_type = "Comment"
    fixed_name = "#comment"
    dotnet_types = ("System.Xml.XmlComment", "System.Xml.XmlCharacterData", "System.Xml.XmlLinkedNode",
                    "System.Xml.XmlNode")

    @property
    def outer_xml(self) -> str:
        return f"<!--{self.data}-->"


class XmlProcessingInstruction(XmlNode):
    __slots__ = ("target", "data")
    node_type = "ProcessingInstruction"
    dotnet_types = ("System.Xml.XmlProcessingInstruction", "System.Xml.XmlLinkedNode", "System.Xml.XmlNode")

    def __init__(self, target: str, data: str):
        super().__init__()
        self.target, self.data = target, data

    @property
    def name(self) -> str:
        return self.target

    @property
    def value(self) -> str:
        return self.data

    @property
    def inner_text(self) -> str:
        return self.data

    @property
    def outer_xml(self) -> str:
        return f"<?{self.target} {self.data}?>" if self.data else f"<?{self.target}?>"


class XmlDeclaration(XmlNode):
    __slots__ = ("version", "encoding", "standalone")
    node_type = "XmlDeclaration"
    dotnet_types = ("System.Xml.XmlDeclaration", "System.Xml.XmlLinkedNode", "System.Xml.XmlNode")

    def __init__(self, version: str, encoding: str, standalone: str):
        super().__init__()
        self.version, self.encoding, self.standalone = version, encoding, standalone

    @property
    def name(self) -> str:
        return "xml"

    @property
    def value(self) -> str:
        parts = [f'version="{self.version}"']
        if self.encoding:
            parts.append(f'encoding="{self.encoding}"')
        if self.standalone:
            parts.append(f'standalone="{self.standalone}"')
        return " ".join(parts)

    @property
    def inner_text(self) -> str:
        return self.value

    @property
    def outer_xml(self) -> str:
        return f"<?xml {self.value}?>"


def _escape(text: str, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = text.replace('"', "&quot;")
    return text


# =========================================================================== the adapter

def find_nodes(node: XmlNode, name: str) -> list[XmlNode]:
    """The attributes, then the child nodes, whose local name is ``name`` (any case)."""
    lname = name.lower()
    found = [a for a in node.attributes or () if a.local_name.lower() == lname]
    found += [c for c in node.child_nodes() if c.local_name.lower() == lname]
    return found


def adapted_names(node: XmlNode) -> list[str]:
    """The property names the adapter gives a node, in order, first spelling kept."""
    seen: dict[str, str] = {}
    for item in list(node.attributes or ()) + node.child_nodes():
        seen.setdefault(item.local_name.lower(), item.local_name)
    return list(seen.values())


def node_value(node: XmlNode) -> Any:
    """What reading a node as a property gives (XmlNodeAdapter.GetNodeObject)."""
    if isinstance(node, XmlText):
        return node.inner_text
    if node.attributes:
        return node
    children = node.child_nodes()
    if not children:
        return node.inner_text
    if len(children) == 1 and children[0].node_type == "Text":
        return node.inner_text
    if isinstance(node, XmlAttribute):
        return node.value
    return node


def _assign(nodes: list[XmlNode], name: str, new: Any) -> None:
    """XmlNodeAdapter.PropertySet: only a string, onto one text node, attribute, or element
    holding at most text."""
    node = nodes[0]
    if not isinstance(new, str) or len(nodes) > 1:
        raise _set_error(name)
    if isinstance(node, (XmlText, XmlAttribute)):
        _set_text(node, new)
        return
    if node.attributes:
        raise _set_error(name)
    children = node.child_nodes()
    if not children or (len(children) == 1 and children[0].node_type == "Text"):
        _set_text(node, new)
        return
    raise _set_error(name)


def _set_error(name: str) -> PSError:
    return PSError(ErrorRecord(message=_SET_ONLY_STRINGS.format(name), error_id="XmlNodeSetShouldBeAString",
                               category="NotSpecified", exception_type="SetValueException"))


def _set_text(node: XmlNode, text: str) -> None:
    """InnerText = text: the node's content becomes one text node (none when empty)."""
    if isinstance(node, XmlAttribute):
        node.text = text
        return
    if isinstance(node, _CharacterData):
        node.data = text
        return
    node.children = []
    if text:
        append(node, XmlText(text))


def _set_dotnet(node: XmlNode, name: str, new: Any) -> bool:
    lname = name.lower()
    if lname == "innertext":
        _set_text(node, to_string(new))
        return True
    if lname == "value" and isinstance(node, (XmlAttribute, _CharacterData)):
        _set_text(node, to_string(new))
        return True
    return False


def append(parent: XmlNode, child: XmlNode) -> XmlNode:
    """AppendChild: move ``child`` under ``parent`` (last) and return it."""
    if child.parent is not None and child in child.parent.children:
        child.parent.children.remove(child)
    child.parent = parent
    parent.children.append(child)
    if isinstance(parent, XmlElement):
        parent.is_empty = False
    return child


class _NameTable:
    """System.Xml.NameTable: what a namespace manager is built on (names are not pooled here)."""

    ps_type_name = "System.Xml.NameTable"

    def ps_to_string(self) -> str:
        return self.ps_type_name


NAME_TABLE = _NameTable()


def _always(node: XmlNode) -> bool:
    return True


def _is(*kinds: type) -> Callable[[XmlNode], bool]:
    return lambda node: isinstance(node, kinds)


def _siblings(node: XmlNode) -> list[XmlNode]:
    return node.parent.children if node.parent is not None and node in node.parent.children else [node]


def _next_sibling(node: XmlNode) -> Optional[XmlNode]:
    siblings = _siblings(node)
    index = siblings.index(node)
    return siblings[index + 1] if index + 1 < len(siblings) else None


def _previous_sibling(node: XmlNode) -> Optional[XmlNode]:
    siblings = _siblings(node)
    index = siblings.index(node)
    return siblings[index - 1] if index > 0 else None


# The .NET properties a name reaches when no attribute or child node has it: name ->
# (getter, applies to this node). Listed in .NET's order for Select-Object * on a node the
# adapter gives nothing.
_DOTNET_NAMES: dict[str, tuple[Callable[[XmlNode], Any], Callable[[XmlNode], bool]]] = {
    "Name": (lambda n: n.name, _always),
    "LocalName": (lambda n: n.local_name, _always),
    "NamespaceURI": (lambda n: n.namespace_uri, _always),
    "Prefix": (lambda n: n.prefix, _always),
    "NodeType": (lambda n: n.node_type, _always),
    "ParentNode": (lambda n: n.parent if not isinstance(n, XmlAttribute) else None, _always),
    "OwnerDocument": (lambda n: n.owner_document if not isinstance(n, XmlDocument) else None, _always),
    "IsEmpty": (lambda n: not n.children and n.is_empty, _is(XmlElement)),
    "Attributes": (lambda n: n.attributes, _always),
    "HasAttributes": (lambda n: bool(n.attributes), _is(XmlElement)),
    "DocumentElement": (lambda n: n.document_element, _is(XmlDocument)),
    "OwnerElement": (lambda n: n.parent, _is(XmlAttribute)),
    "Value": (lambda n: n.value, _always),
    "InnerText": (lambda n: n.inner_text, _always),
    "InnerXml": (lambda n: n.inner_xml, _always),
    "OuterXml": (lambda n: n.outer_xml, _always),
    "ChildNodes": (lambda n: list(n.child_nodes()), _always),
    "FirstChild": (lambda n: (n.child_nodes() or [None])[0], _always),
    "LastChild": (lambda n: (n.child_nodes() or [None])[-1], _always),
    "HasChildNodes": (lambda n: bool(n.child_nodes()), _always),
    "NextSibling": (_next_sibling, _always),
    "PreviousSibling": (_previous_sibling, _always),
    "BaseURI": (lambda n: "", _always),
    "IsReadOnly": (lambda n: False, _always),
    "PreserveWhitespace": (lambda n: False, _is(XmlDocument)),
    "NameTable": (lambda n: NAME_TABLE, _is(XmlDocument)),
    "Specified": (lambda n: True, _is(XmlAttribute)),
    "Target": (lambda n: n.target, _is(XmlProcessingInstruction)),
    "Data": (lambda n: n.data, _is(XmlProcessingInstruction, _CharacterData)),
    "Version": (lambda n: n.version, _is(XmlDeclaration)),
    "Encoding": (lambda n: n.encoding, _is(XmlDeclaration)),
    "Standalone": (lambda n: n.standalone, _is(XmlDeclaration)),
}
_DOTNET_PROPERTIES = {name.lower(): entry for name, entry in _DOTNET_NAMES.items()}


# =========================================================================== parsing

class _XmlError(ValueError):
    """An XmlException: its message ends with `` Line L, position P.`` when it has one."""

    error_id = "XmlException"


class _FileError(ValueError):
    """A file XmlDocument.Load or Save could not open (.NET's IOException family)."""

    def __init__(self, message: str, error_id: str):
        super().__init__(message)
        self.error_id = error_id


class _Builder:
    """Builds the tree from expat's events, resolving namespace prefixes itself (expat runs
    without namespace processing so prefixes and ``xmlns`` attributes stay as written)."""

    def __init__(self, data: bytes):
        self.data = data
        self.document = XmlDocument()
        self.stack: list[XmlNode] = [self.document]
        self.scopes: list[dict[str, str]] = [{"xml": XML_NAMESPACE, "": ""}]
        self.text: list[str] = []
        self.cdata = False
        self.open_tags: list[tuple[str, int, int]] = []

    def hook(self, parser: Any) -> None:
        self.parser = parser
        parser.ordered_attributes = True
        parser.buffer_text = True
        parser.XmlDeclHandler = self.declaration
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.instruction
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.StartDoctypeDeclHandler = self.refuse_dtd
        parser.EntityDeclHandler = self.refuse_dtd
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse_dtd(self, *_: Any) -> None:
        before = self.data[:self.data.find(b"<!DOCTYPE")].decode("utf-8")
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        raise _XmlError(f"{DTD_PROHIBITED} Line {line}, position {column + 2}.")

    def _flush(self) -> None:
        if not self.text:
            return
        text = "".join(self.text)
        self.text = []
        if self.cdata:
            append(self.stack[-1], XmlCDataSection(text))
        elif text.strip(" \t\r\n"):
            append(self.stack[-1], XmlText(text))

    def declaration(self, version: str, encoding: Optional[str], standalone: int) -> None:
        flag = "" if standalone == -1 else ("yes" if standalone else "no")
        append(self.document, XmlDeclaration(version or "1.0", encoding or "", flag))

    def start(self, qname: str, flat: list[str]) -> None:
        self._flush()
        pairs = list(zip(flat[0::2], flat[1::2]))
        scope = dict(self.scopes[-1])
        for key, value in pairs:
            if key == "xmlns":
                scope[""] = value
            elif key.startswith("xmlns:"):
                scope[key[6:]] = value
        self.scopes.append(scope)
        prefix, local = _split(qname)
        element = XmlElement(prefix, local, self._resolve(scope, prefix, qname))
        for key, value in pairs:
            a_prefix, a_local = _split(key)
            if key == "xmlns" or a_prefix == "xmlns":
                uri = XMLNS_NAMESPACE
            else:
                uri = self._resolve(scope, a_prefix, key) if a_prefix else ""
            attribute = XmlAttribute(a_prefix, a_local, uri, value)
            attribute.parent = element
            element.attrs.append(attribute)
        append(self.stack[-1], element)
        element.is_empty = self._empty_tag(self.parser.CurrentByteIndex)
        self.stack.append(element)
        self.open_tags.append((qname, self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber))

    def _resolve(self, scope: dict[str, str], prefix: str, qname: str) -> str:
        uri = scope.get(prefix)
        if uri is None:
            line, col = self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber
            raise _XmlError(f"'{prefix}' is an undeclared prefix. Line {line}, position {col + 2}.")
        return uri

    def _empty_tag(self, index: int) -> bool:
        """True for ``<a/>``: the start tag at byte ``index`` ends with ``/>``."""
        data, quote, i = self.data, 0, index
        while i < len(data):
            byte = data[i]
            if quote:
                quote = 0 if byte == quote else quote
            elif byte in (0x22, 0x27):
                quote = byte
            elif byte == 0x3E:
                return data[i - 1] == 0x2F
            i += 1
        return False

    def end(self, qname: str) -> None:
        self._flush()
        self.stack.pop()
        self.scopes.pop()
        self.open_tags.pop()

    def characters(self, text: str) -> None:
        self.text.append(text)

    def comment(self, text: str) -> None:
        self._flush()
        append(self.stack[-1], XmlComment(text))

    def instruction(self, target: str, data: str) -> None:
        self._flush()
        append(self.stack[-1], XmlProcessingInstruction(target, data))

    def start_cdata(self) -> None:
        self._flush()
        self.cdata = True

    def end_cdata(self) -> None:
        self._flush()
        self.cdata = False


def _split(qname: str) -> tuple[str, str]:
    prefix, _, local = qname.rpartition(":")
    return prefix, local


def parse_document(text: str) -> XmlDocument:
    """The XmlDocument for ``text``; raises _XmlError with .NET's XmlException message."""
    data = text.encode("utf-8")
    builder = _Builder(data)
    parser = expat.ParserCreate("utf-8")
    builder.hook(parser)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _XmlError(_dotnet_message(exc, text, builder)) from exc
    return builder.document


def _dotnet_message(exc: Any, text: str, builder: _Builder) -> str:
    """The XmlException message .NET gives for the error expat found."""
    line, offset = exc.lineno, exc.offset
    source_line = text.split("\n")[line - 1] if text else ""
    here = source_line[offset] if offset < len(source_line) else ""
    where = f"Line {line}, position {offset + 1}."
    code = expat.ErrorString(exc.code)
    if code == "no element found":
        if not builder.open_tags:
            return "Root element is missing."
        names = ", ".join(qname for qname, _, _ in reversed(builder.open_tags))
        return f"Unexpected end of file has occurred. The following elements are not closed: {names}. {where}"
    if code == "mismatched tag":
        qname, start_line, start_col = builder.open_tags[-1]
        return (f"The '{qname}' start tag on line {start_line} position {start_col + 2} does not match the end "
                f"tag of '{_name_at(source_line, offset)}'. {where}")
    if code == "junk after document element":
        if here == "<":
            return f"There are multiple root elements. Line {line}, position {offset + 2}."
        return f"Data at the root level is invalid. {where}"
    if code == "undefined entity":
        entity = _name_at(source_line, offset + 1)
        return f"Reference to undeclared entity '{entity}'. Line {line}, position {offset + 2}."
    if offset > 0 and source_line[offset - 1:offset] == "=":
        return f"'{here}' is an unexpected token. The expected token is '\"' or '''. {where}"
    if offset > 0 and source_line[offset - 1:offset] == "<" and here:
        return f"Name cannot begin with the '{here}' character, hexadecimal value 0x{ord(here):02X}. {where}"
    if not builder.open_tags and not builder.document.document_element:
        return f"Data at the root level is invalid. {where}"
    return f"'{here}' is an unexpected token. {where}" if here else f"Unexpected end of file has occurred. {where}"


def _name_at(line: str, start: int) -> str:
    end = start
    while end < len(line) and (line[end].isalnum() or line[end] in "_-.:"):
        end += 1
    return line[start:end]


def to_xml_document(value: Any) -> Optional[XmlDocument]:
    """``[xml]value``: a document from its text (an array's items joined by newlines)."""
    if value is None or isinstance(value, XmlDocument):
        return value
    items = value if isinstance(value, (list, tuple)) else [value]
    text = "\n".join(to_string(item) for item in items)
    try:
        return parse_document(text)
    except _XmlError as exc:
        shown = type_name(value) if isinstance(value, (list, tuple)) else to_string(value)
        raise PSConversionError(f'Cannot convert value "{shown}" to type "{XML_DOCUMENT}". Error: "{exc}"',
                                "InvalidCastToXmlDocument") from exc


# =========================================================================== tree walks (XPath)

def root_of(node: XmlNode) -> XmlNode:
    while node.parent is not None:
        node = node.parent
    return node


def descendants_or_self(node: XmlNode) -> list[XmlNode]:
    out = [node]
    for child in node.children:
        out.extend(descendants_or_self(child))
    return out


def axis(node: XmlNode, name: str) -> list[XmlNode]:
    """The nodes on an XPath axis from ``node``, in axis order."""
    if name == "attribute":
        return [a for a in node.attributes or () if a.namespace_uri != XMLNS_NAMESPACE]
    if name == "child":
        return list(node.children)
    if name == "descendant":
        return descendants_or_self(node)[1:]
    if name == "descendant-or-self":
        return descendants_or_self(node)
    if name == "self":
        return [node]
    if name == "parent":
        return [node.parent] if node.parent is not None else []
    if name == "ancestor":
        out, parent = [], node.parent
        while parent is not None:
            out.append(parent)
            parent = parent.parent
        return out
    siblings = _siblings(node)
    index = siblings.index(node)
    return siblings[index + 1:] if name == "following-sibling" else siblings[:index][::-1]


def _walk(node: XmlNode) -> Iterator[XmlNode]:
    yield node
    yield from node.attributes or ()
    for child in node.children:
        yield from _walk(child)


def document_order(nodes: list[XmlNode]) -> list[XmlNode]:
    """``nodes`` without repeats, in document order."""
    if len(nodes) < 2:
        return list(nodes)
    wanted = {id(n) for n in nodes}
    roots = {id(root_of(n)): root_of(n) for n in nodes}
    ordered = [n for root in roots.values() for n in _walk(root) if id(n) in wanted]
    return ordered


def string_value(node: XmlNode) -> str:
    return node.inner_text


# =========================================================================== methods

class XmlNamespaceManager:
    """System.Xml.XmlNamespaceManager: prefixes for XPath (``AddNamespace``)."""

    ps_type_name = "System.Xml.XmlNamespaceManager"

    def __init__(self) -> None:
        self.namespaces: dict[str, str] = {"xml": XML_NAMESPACE, "xmlns": XMLNS_NAMESPACE}

    def ps_to_string(self) -> str:
        return self.ps_type_name

    def add(self, prefix: Any, uri: Any) -> list:
        """AddNamespace(prefix, uri): nothing comes out."""
        self.namespaces[to_string(prefix)] = to_string(uri)
        return []

    ps_methods: dict[str, Callable[..., Any]] = {
        "addnamespace": lambda ctx, manager, prefix, uri: manager.add(prefix, uri),
        "lookupnamespace": lambda ctx, manager, prefix: manager.namespaces.get(to_string(prefix)),
        "hasnamespace": lambda ctx, manager, prefix: to_string(prefix) in manager.namespaces,
    }


def _namespaces(manager: Any) -> Optional[dict[str, str]]:
    if manager is None:
        return None
    if isinstance(manager, XmlNamespaceManager):
        return manager.namespaces
    raise TypeError("not a namespace manager")


def select_nodes(ctx: Any, node: XmlNode, path: Any, manager: Any = None) -> list[XmlNode]:
    """SelectNodes(xpath[, nsmgr])."""
    return xpath.select(TREE, node, to_string(path), _namespaces(manager))


def select_single_node(ctx: Any, node: XmlNode, path: Any, manager: Any = None) -> Optional[XmlNode]:
    """SelectSingleNode(xpath[, nsmgr]): the first node selected, or $null."""
    found = select_nodes(ctx, node, path, manager)
    return found[0] if found else None


def _get_attribute(ctx: Any, node: XmlNode, name: Any) -> str:
    attribute = node.attribute(to_string(name)) if isinstance(node, XmlElement) else None
    return attribute.text if attribute is not None else ""


def _set_attribute(ctx: Any, node: XmlElement, name: Any, value: Any) -> list:
    key = to_string(name)
    attribute = node.attribute(key)
    if attribute is None:
        prefix, local = _split(key)
        attribute = XmlAttribute(prefix, local, "", "")
        attribute.parent = node
        node.attrs.append(attribute)
    attribute.text = to_string(value)
    return []


def _remove_attribute(ctx: Any, node: XmlElement, name: Any) -> list:
    node.attrs = [a for a in node.attrs if a.name != to_string(name)]
    return []


def _elements_by_tag(ctx: Any, node: XmlNode, name: Any) -> list[XmlNode]:
    key = to_string(name)
    return [n for n in descendants_or_self(node)[1:]
            if isinstance(n, XmlElement) and (key == "*" or n.name == key)]


def _remove_child(ctx: Any, node: XmlNode, child: XmlNode) -> XmlNode:
    if child not in node.children:
        raise ValueError("The node to be removed is not a child of this node.")
    node.children.remove(child)
    child.parent = None
    return child


def clone(node: XmlNode, deep: bool = True) -> XmlNode:
    """CloneNode(deep): a detached copy of the node (with its subtree when deep)."""
    copy = _shallow_copy(node)
    if isinstance(node, XmlElement):
        for attribute in node.attrs:
            twin = XmlAttribute(attribute.prefix, attribute.local_name, attribute.namespace_uri, attribute.text)
            twin.parent = copy
            copy.attrs.append(twin)
        copy.is_empty = node.is_empty
    if deep:
        for child in node.children:
            append(copy, clone(child))
        if isinstance(copy, XmlElement):
            copy.is_empty = node.is_empty
    return copy


def _shallow_copy(node: XmlNode) -> XmlNode:
    if isinstance(node, XmlElement):
        return XmlElement(node.prefix, node.local_name, node.namespace_uri)
    if isinstance(node, XmlAttribute):
        return XmlAttribute(node.prefix, node.local_name, node.namespace_uri, node.text)
    if isinstance(node, _CharacterData):
        return type(node)(node.data)
    if isinstance(node, XmlProcessingInstruction):
        return XmlProcessingInstruction(node.target, node.data)
    if isinstance(node, XmlDeclaration):
        return XmlDeclaration(node.version, node.encoding, node.standalone)
    return XmlDocument()


def _create_element(ctx: Any, doc: XmlDocument, name: Any, uri: Any = None) -> XmlElement:
    prefix, local = _split(to_string(name))
    element = XmlElement(prefix, local, to_string(uri) if uri is not None else "")
    return element


def _load_xml(ctx: Any, doc: XmlDocument, text: Any) -> list:
    fresh = parse_document(to_string(text))
    doc.children = []
    for child in list(fresh.children):
        append(doc, child)
    return []


def _load(ctx: Any, doc: XmlDocument, path: Any) -> list:
    full = ctx.resolve_path(to_string(path))
    try:
        with open(full, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise _FileError(f"Could not find file '{ctx.display_path(full)}'.", "FileNotFoundException") from exc
    return _load_xml(ctx, doc, _decode(raw))


def _decode(raw: bytes) -> str:
    """A file's text by its byte order mark (UTF-8 without one)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec)
    return raw.decode("utf-8", errors="replace")


def _save(ctx: Any, doc: XmlDocument, path: Any) -> list:
    """Save(path): the indented document, written to a new file then put in place."""
    full = ctx.resolve_path(to_string(path))
    declaration = next((c for c in doc.children if isinstance(c, XmlDeclaration)), None)
    data = _file_bytes("\r\n".join(indented_lines(doc)), declaration.encoding if declaration else "")
    folder = os.path.dirname(full) or "."
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".cspshell-xml-")
    except OSError as exc:
        raise _FileError(f"Could not find a part of the path '{ctx.display_path(full)}'.",
                         "DirectoryNotFoundException") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, full)
    except OSError as exc:
        os.unlink(temporary)
        raise _FileError(f"Access to the path '{ctx.display_path(full)}' is denied.", "UnauthorizedAccessException") from exc
    return []


def _file_bytes(text: str, encoding: str) -> bytes:
    """The bytes XmlDocument.Save writes: the declared encoding with its byte order mark
    (UTF-16 LE for utf-16), UTF-8 without one when nothing is declared."""
    declared = encoding.lower()
    if declared in ("utf-16", "unicode", "utf-16le"):
        return b"\xff\xfe" + text.encode("utf-16-le")
    if declared in ("utf-8", "utf8"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if not declared:
        return text.encode("utf-8")
    try:
        return text.encode(declared, errors="replace")
    except LookupError:
        return text.encode("utf-8")


def indented_lines(node: XmlNode, depth: int = 0) -> list[str]:
    """The document as XmlTextWriter writes it with Formatting.Indented: each node on its
    own line two spaces deeper than its parent, except inside an element holding text."""
    if isinstance(node, XmlDocument):
        return [line for child in node.children for line in indented_lines(child, 0)]
    pad = "  " * depth
    if not isinstance(node, XmlElement) or not node.children:
        return [pad + node.outer_xml]
    if any(isinstance(c, (XmlText, XmlCDataSection)) for c in node.children):
        return [pad + node.outer_xml]
    head = "<" + node.name + "".join(" " + a.outer_xml for a in node.attrs) + ">"
    lines = [pad + head]
    for child in node.children:
        lines.extend(indented_lines(child, depth + 1))
    lines.append(f"{pad}</{node.name}>")
    return lines


XmlNode.ps_methods = {
    "selectnodes": select_nodes,
    "selectsinglenode": select_single_node,
    "getelementsbytagname": _elements_by_tag,
    "appendchild": lambda ctx, node, child: append(node, child),
    "removechild": _remove_child,
    "clonenode": lambda ctx, node, deep=True: clone(node, bool(deep)),
    "clone": lambda ctx, node: clone(node, True),
    "haschildnodes": lambda ctx, node: bool(node.child_nodes()),
}
XmlElement.ps_methods = {
    **XmlNode.ps_methods,
    "getattribute": _get_attribute,
    "setattribute": _set_attribute,
    "hasattribute": lambda ctx, node, name: node.attribute(to_string(name)) is not None,
    "removeattribute": _remove_attribute,
}
XmlDocument.ps_methods = {
    **XmlNode.ps_methods,
    "createelement": _create_element,
    "createtextnode": lambda ctx, doc, text: XmlText(to_string(text)),
    "createcomment": lambda ctx, doc, text: XmlComment(to_string(text)),
    "importnode": lambda ctx, doc, node, deep=True: clone(node, bool(deep)),
    "loadxml": _load_xml,
    "load": _load,
    "save": _save,
}


_NODE_MEMBERS = (
    ("AppendChild", "System.Xml.XmlNode AppendChild(System.Xml.XmlNode newChild)"),
    ("Clone", "System.Xml.XmlNode Clone(), System.Object ICloneable.Clone()"),
    ("CloneNode", "System.Xml.XmlNode CloneNode(bool deep)"),
    ("Equals", "bool Equals(System.Object obj)"),
    ("GetElementsByTagName", "System.Xml.XmlNodeList GetElementsByTagName(string name), System.Xml.XmlNodeList "
                             "GetElementsByTagName(string localName, string namespaceURI)"),
    ("GetHashCode", "int GetHashCode()"),
    ("GetType", "type GetType()"),
    ("RemoveChild", "System.Xml.XmlNode RemoveChild(System.Xml.XmlNode oldChild)"),
    ("SelectNodes", "System.Xml.XmlNodeList SelectNodes(string xpath), System.Xml.XmlNodeList SelectNodes(string "
                    "xpath, System.Xml.XmlNamespaceManager nsmgr)"),
    ("SelectSingleNode", "System.Xml.XmlNode SelectSingleNode(string xpath), System.Xml.XmlNode "
                         "SelectSingleNode(string xpath, System.Xml.XmlNamespaceManager nsmgr)"),
    ("ToString", "string ToString()"),
)
_ELEMENT_MEMBERS = (
    ("GetAttribute", "string GetAttribute(string name), string GetAttribute(string localName, string namespaceURI)"),
    ("HasAttribute", "bool HasAttribute(string name), bool HasAttribute(string localName, string namespaceURI)"),
    ("RemoveAttribute", "void RemoveAttribute(string name), void RemoveAttribute(string localName, string "
                        "namespaceURI)"),
    ("SetAttribute", "void SetAttribute(string name, string value), string SetAttribute(string localName, string "
                     "namespaceURI, string value)"),
)
_DOCUMENT_MEMBERS = (
    ("CreateComment", "System.Xml.XmlComment CreateComment(string data)"),
    ("CreateElement", "System.Xml.XmlElement CreateElement(string name), System.Xml.XmlElement CreateElement(string "
                      "qualifiedName, string namespaceURI), System.Xml.XmlElement CreateElement(string prefix, string "
                      "localName, string namespaceURI)"),
    ("CreateTextNode", "System.Xml.XmlText CreateTextNode(string text)"),
    ("ImportNode", "System.Xml.XmlNode ImportNode(System.Xml.XmlNode node, bool deep)"),
    ("Load", "void Load(string filename), void Load(System.IO.Stream inStream), void Load(System.IO.TextReader "
             "txtReader), void Load(System.Xml.XmlReader reader)"),
    ("LoadXml", "void LoadXml(string xml)"),
    ("Save", "void Save(string filename), void Save(System.IO.Stream outStream), void Save(System.IO.TextWriter "
             "writer), void Save(System.Xml.XmlWriter w)"),
)


def member_rows(node: XmlNode) -> list[tuple[str, str, str]]:
    """What Get-Member lists for a node: the methods cspshell runs, then the adapter's
    properties typed by their values (``string Fqdn {get;set;}``)."""
    methods = list(_NODE_MEMBERS)
    if isinstance(node, XmlElement):
        methods += _ELEMENT_MEMBERS
    if isinstance(node, XmlDocument):
        methods += _DOCUMENT_MEMBERS
    rows = [(name, "Method", definition) for name, definition in methods]
    for name in adapted_names(node):
        nodes = find_nodes(node, name)
        value = node.ps_get(name)
        shown = "string" if isinstance(value, str) else ("System.Object[]" if isinstance(value, list)
                                                         else value.ps_type_name)
        access = "{get;set;}" if _settable(nodes) else "{get;}"
        rows.append((name, "Property", f"{shown} {name} {access}"))
    return rows


def _settable(nodes: list[XmlNode]) -> bool:
    """XmlNodeAdapter.PropertyIsSettable."""
    if len(nodes) != 1:
        return False
    node = nodes[0]
    if isinstance(node, (XmlText, XmlAttribute)):
        return True
    if node.attributes:
        return False
    children = node.child_nodes()
    return not children or (len(children) == 1 and children[0].node_type == "Text")


XmlNode.ps_member_rows = member_rows


class _Tree:
    """The tree walks the XPath evaluator needs."""

    root_of = staticmethod(root_of)
    descendants_or_self = staticmethod(descendants_or_self)
    axis = staticmethod(axis)
    document_order = staticmethod(document_order)
    string_value = staticmethod(string_value)


TREE = _Tree()
