"""What .NET Framework 4 reports about the types a session meets: a type's base type and its
Is* flags, read by the members of a ``[type]`` value (``[int].BaseType``, ``5.GetType().Name``)
and by the System.RuntimeType table view (``IsPublic IsSerial Name BaseType``).

Facts come from the .NET Framework reference (base classes, [Serializable], struct or class).
A type the catalogue does not list is a public class whose base is the next name of the
value's PSTypeNames, or System.Object; Lync's management classes are [Serializable] as the
ADConnect schema and XDS configuration classes are.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

OBJECT = "System.Object"
VALUE_TYPE = "System.ValueType"


@dataclass(frozen=True)
class TypeFacts:
    """A type's base type (None for System.Object and interfaces) and its flags."""

    base: Optional[str] = OBJECT
    value_type: bool = False
    serializable: bool = True
    sealed: bool = False
    abstract: bool = False
    public: bool = True
    enum: bool = False
    interface: bool = False


_STRUCT = TypeFacts(VALUE_TYPE, value_type=True, sealed=True)
_ARRAY = TypeFacts("System.Array", sealed=True)

_EXCEPTIONS = {
    "System.Exception": OBJECT, "System.SystemException": "System.Exception",
    "System.ArgumentException": "System.SystemException",
    "System.ArgumentNullException": "System.ArgumentException",
    "System.ArgumentOutOfRangeException": "System.ArgumentException",
    "System.InvalidOperationException": "System.SystemException",
    "System.NotImplementedException": "System.SystemException",
    "System.NotSupportedException": "System.SystemException",
    "System.FormatException": "System.SystemException",
    "System.ArithmeticException": "System.SystemException",
    "System.DivideByZeroException": "System.ArithmeticException",
    "System.IO.IOException": "System.SystemException",
    "System.Management.Automation.RuntimeException": "System.SystemException",
    "System.Management.Automation.ItemNotFoundException": "System.Management.Automation.SessionStateException",
    "System.Management.Automation.SessionStateException": "System.Management.Automation.RuntimeException",
    "Microsoft.Rtc.Management.ManagementException": "System.Exception",
}

CATALOGUE: dict[str, TypeFacts] = {
    OBJECT: TypeFacts(None),
    VALUE_TYPE: TypeFacts(OBJECT, abstract=True),
    "System.Enum": TypeFacts(VALUE_TYPE, abstract=True),
    "System.Array": TypeFacts(OBJECT, abstract=True),
    "System.String": TypeFacts(OBJECT, sealed=True),
    **{f"System.{name}": _STRUCT for name in (
        "Int32", "Int64", "Int16", "Byte", "SByte", "UInt16", "UInt32", "UInt64", "Double",
        "Single", "Decimal", "Boolean", "Char", "DateTime", "TimeSpan", "Guid", "Void")},
    "System.Collections.DictionaryEntry": TypeFacts(VALUE_TYPE, value_type=True),
    **{f"System.{name}[]": _ARRAY for name in ("Object", "String", "Int32", "Byte", "Char")},
    "System.Collections.Hashtable": TypeFacts(OBJECT),
    "System.Collections.ArrayList": TypeFacts(OBJECT),
    "System.Collections.Specialized.OrderedDictionary": TypeFacts(OBJECT),
    "System.Text.RegularExpressions.Regex": TypeFacts(OBJECT),
    "System.Math": TypeFacts(OBJECT, serializable=False, sealed=True, abstract=True),
    "System.Security.SecureString": TypeFacts(OBJECT, serializable=False, sealed=True),
    "System.Xml.XmlNode": TypeFacts(OBJECT, serializable=False, abstract=True),
    "System.Xml.XmlDocument": TypeFacts("System.Xml.XmlNode", serializable=False),
    "System.Xml.XmlLinkedNode": TypeFacts("System.Xml.XmlNode", serializable=False, abstract=True),
    "System.Xml.XmlElement": TypeFacts("System.Xml.XmlLinkedNode", serializable=False),
    "System.Xml.XmlAttribute": TypeFacts("System.Xml.XmlNode", serializable=False),
    "System.Reflection.MemberInfo": TypeFacts(OBJECT, abstract=True),
    "System.Type": TypeFacts("System.Reflection.MemberInfo", abstract=True),
    "System.Reflection.TypeInfo": TypeFacts("System.Type", abstract=True),
    # typeof(int).GetType(): an internal class, hence IsPublic False in its own table row
    "System.RuntimeType": TypeFacts("System.Reflection.TypeInfo", public=False),
    "System.Management.Automation.PSObject": TypeFacts(OBJECT),
    "System.Management.Automation.PSCustomObject": TypeFacts(OBJECT, serializable=False),
    "System.Management.Automation.ScriptBlock": TypeFacts(OBJECT),
    "System.Management.Automation.SwitchParameter": TypeFacts(VALUE_TYPE, value_type=True, serializable=False),
    "System.Management.Automation.PSCredential": TypeFacts(OBJECT, sealed=True),
    "System.Management.Automation.ErrorRecord": TypeFacts(OBJECT),
    **{name: TypeFacts(base) for name, base in _EXCEPTIONS.items()},
}


def facts_for(full_name: str, bases: tuple[str, ...] = ()) -> TypeFacts:
    """The catalogue's facts for a type; else a public [Serializable] class whose base is the
    first of ``bases`` (the rest of the value's PSTypeNames), or System.Object."""
    known = CATALOGUE.get(full_name)
    if known is not None:
        return known
    if full_name.endswith("[]"):
        return _ARRAY
    return TypeFacts(bases[0] if bases else OBJECT)


def namespace_of(full_name: str) -> str:
    """Type.Namespace: the full name up to its last dot (``System.Collections`` for Hashtable)."""
    element = full_name.split("[", 1)[0]
    return element.rsplit(".", 1)[0] if "." in element else ""


def short_name_of(full_name: str) -> str:
    """Type.Name: the full name after the namespace (``Object[]`` for System.Object[])."""
    element, bracket, rest = full_name.partition("[")
    return element.rsplit(".", 1)[-1] + bracket + rest
