"""Object members: Get-Member (and the member tables it lists for .NET types),
Add-Member and New-Object.
"""
from __future__ import annotations

import datetime as _dt
import weakref
from typing import Any, Iterable, Iterator, Optional

from ..formatting.dotnet_format import format_datetime_culture
from ..language.context import PSArrayList
from ..language.methods import script_property
from ..objects import members
from ..objects.convert import (PSConversionError, PSType, convert_to, resolve_type, short_type_name, to_string, type_name,
                               type_names)
from ..objects.psobject import ComputedProperty, PSHashtable, PSObject, with_notes
from ..objects.wildcard import match
from ..objects.xmldom import XmlDocument, XmlNamespaceManager
from .base import NO_INPUT, Cmdlet
from .registry import UTILITY, Parameter, cmdlet
from .utility import as_list, current_input, new_object

P = Parameter


# =====================================================================================
# Get-Member
# =====================================================================================

MEMBERDEFINITION = "Microsoft.PowerShell.Commands.MemberDefinition"

_OBJECT_METHODS = (
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("ToString", "Method", "string ToString()"),
)

_CONVERTIBLE = tuple(
    (f"To{t}", "Method", f"{r} IConvertible.To{t}(System.IFormatProvider provider)")
    for t, r in (("Boolean", "bool"), ("Byte", "byte"), ("Char", "char"), ("DateTime", "datetime"),
                 ("Decimal", "decimal"), ("Double", "double"), ("Int16", "int16"), ("Int32", "int"),
                 ("Int64", "long"), ("SByte", "sbyte"), ("Single", "float"), ("UInt16", "uint16"),
                 ("UInt32", "uint32"), ("UInt64", "uint64")))

_STRING_MEMBERS = (
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("CompareTo", "Method", "int CompareTo(System.Object value), int CompareTo(string strB), "
                            "int IComparable.CompareTo(System.Object obj), int IComparable[string].CompareTo(string other)"),
    ("Contains", "Method", "bool Contains(string value)"),
    ("CopyTo", "Method", "void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)"),
    ("EndsWith", "Method", "bool EndsWith(string value), bool EndsWith(string value, System.StringComparison "
                           "comparisonType), bool EndsWith(string value, bool ignoreCase, cultureinfo culture)"),
    ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(string value), bool Equals(string value, "
                         "System.StringComparison comparisonType), bool IEquatable[string].Equals(string other)"),
    ("GetEnumerator", "Method", "System.CharEnumerator GetEnumerator(), System.Collections.IEnumerator "
                                "IEnumerable.GetEnumerator(), System.Collections.Generic.IEnumerator[char] "
                                "IEnumerable[char].GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetType", "Method", "type GetType()"),
    ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
    ("IndexOf", "Method", "int IndexOf(char value), int IndexOf(char value, int startIndex), int IndexOf(string "
                          "value), int IndexOf(string value, int startIndex), int IndexOf(string value, int "
                          "startIndex, int count), int IndexOf(char value, int startIndex, int count)"),
    ("IndexOfAny", "Method", "int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex), "
                             "int IndexOfAny(char[] anyOf, int startIndex, int count)"),
    ("Insert", "Method", "string Insert(int startIndex, string value)"),
    ("IsNormalized", "Method", "bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)"),
    ("LastIndexOf", "Method", "int LastIndexOf(char value), int LastIndexOf(char value, int startIndex), int "
                              "LastIndexOf(string value), int LastIndexOf(string value, int startIndex)"),
    ("LastIndexOfAny", "Method", "int LastIndexOfAny(char[] anyOf), int LastIndexOfAny(char[] anyOf, int startIndex)"),
    ("Normalize", "Method", "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)"),
    ("PadLeft", "Method", "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"),
    ("PadRight", "Method", "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"),
    ("Remove", "Method", "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    ("Replace", "Method", "string Replace(char oldChar, char newChar), string Replace(string oldValue, string newValue)"),
    ("Split", "Method", "string[] Split(Params char[] separator), string[] Split(char[] separator, int count), "
                        "string[] Split(char[] separator, System.StringSplitOptions options), string[] "
                        "Split(string[] separator, System.StringSplitOptions options)"),
    ("StartsWith", "Method", "bool StartsWith(string value), bool StartsWith(string value, System.StringComparison "
                             "comparisonType), bool StartsWith(string value, bool ignoreCase, cultureinfo culture)"),
    ("Substring", "Method", "string Substring(int startIndex), string Substring(int startIndex, int length)"),
    *_CONVERTIBLE,
    ("ToCharArray", "Method", "char[] ToCharArray(), char[] ToCharArray(int startIndex, int length)"),
    ("ToLower", "Method", "string ToLower(), string ToLower(cultureinfo culture)"),
    ("ToLowerInvariant", "Method", "string ToLowerInvariant()"),
    ("ToString", "Method", "string ToString(), string ToString(System.IFormatProvider provider), string "
                           "IConvertible.ToString(System.IFormatProvider provider)"),
    ("ToUpper", "Method", "string ToUpper(), string ToUpper(cultureinfo culture)"),
    ("ToUpperInvariant", "Method", "string ToUpperInvariant()"),
    ("Trim", "Method", "string Trim(Params char[] trimChars), string Trim()"),
    ("TrimEnd", "Method", "string TrimEnd(Params char[] trimChars)"),
    ("TrimStart", "Method", "string TrimStart(Params char[] trimChars)"),
    ("Chars", "ParameterizedProperty", "char Chars(int index) {get;}"),
    ("Length", "Property", "int Length {get;}"),
)


def _number_members(short: str) -> tuple:
    return (
        ("CompareTo", "Method", f"int CompareTo(System.Object value), int CompareTo({short} value), "
                                f"int IComparable.CompareTo(System.Object obj), int IComparable[{short}].CompareTo({short} other)"),
        ("Equals", "Method", f"bool Equals(System.Object obj), bool Equals({short} obj), "
                             f"bool IEquatable[{short}].Equals({short} other)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
        *_CONVERTIBLE,
        ("ToString", "Method", "string ToString(), string ToString(string format), string "
                               "ToString(System.IFormatProvider provider), string ToString(string format, "
                               "System.IFormatProvider provider), string IFormattable.ToString(string format, "
                               "System.IFormatProvider formatProvider), string IConvertible.ToString(System.IFormatProvider provider)"),
    )


_HASHTABLE_MEMBERS = (
    ("Add", "Method", "void Add(System.Object key, System.Object value), void IDictionary.Add(System.Object key, System.Object value)"),
    ("Clear", "Method", "void Clear(), void IDictionary.Clear()"),
    ("Clone", "Method", "System.Object Clone(), System.Object ICloneable.Clone()"),
    ("Contains", "Method", "bool Contains(System.Object key), bool IDictionary.Contains(System.Object key)"),
    ("ContainsKey", "Method", "bool ContainsKey(System.Object key)"),
    ("ContainsValue", "Method", "bool ContainsValue(System.Object value)"),
    ("CopyTo", "Method", "void CopyTo(array array, int arrayIndex), void ICollection.CopyTo(array array, int index)"),
    ("Equals", "Method", "bool Equals(System.Object obj)"),
    ("GetEnumerator", "Method", "System.Collections.IDictionaryEnumerator GetEnumerator(), System.Collections."
                                "IDictionaryEnumerator IDictionary.GetEnumerator(), System.Collections.IEnumerator "
                                "IEnumerable.GetEnumerator()"),
    ("GetHashCode", "Method", "int GetHashCode()"),
    ("GetObjectData", "Method", "void GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context), void ISerializable."
                                "GetObjectData(System.Runtime.Serialization.SerializationInfo info, "
                                "System.Runtime.Serialization.StreamingContext context)"),
    ("GetType", "Method", "type GetType()"),
    ("OnDeserialization", "Method", "void OnDeserialization(System.Object sender), void IDeserializationCallback."
                                    "OnDeserialization(System.Object sender)"),
    ("Remove", "Method", "void Remove(System.Object key), void IDictionary.Remove(System.Object key)"),
    ("ToString", "Method", "string ToString()"),
    ("Item", "ParameterizedProperty", "System.Object Item(System.Object key) {get;set;}"),
    ("Count", "Property", "int Count {get;}"),
    ("IsFixedSize", "Property", "bool IsFixedSize {get;}"),
    ("IsReadOnly", "Property", "bool IsReadOnly {get;}"),
    ("IsSynchronized", "Property", "bool IsSynchronized {get;}"),
    ("Keys", "Property", "System.Collections.ICollection Keys {get;}"),
    ("SyncRoot", "Property", "System.Object SyncRoot {get;}"),
    ("Values", "Property", "System.Collections.ICollection Values {get;}"),
)

# The type of each adapted property of a type value, as a Get-Member definition names it
# ("type BaseType {get;}"); the Is* flags are bool.
_TYPE_PROPERTY_TYPES = {"BaseType": "type", "UnderlyingSystemType": "type", "FullName": "string",
                        "Namespace": "string", "Name": "string"}


def _runtime_type_members() -> tuple:
    """The members of a type value (``[int] | Get-Member``): the Object methods as .NET
    Framework's RuntimeType declares them (with their _MemberInfo / _Type interface overloads)
    and the adapted properties cspshell computes. The reflection methods cspshell cannot
    invoke (GetMethods, GetProperties...) are left out."""
    methods = (
        ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(type o), bool _MemberInfo.Equals("
                             "System.Object other), bool _Type.Equals(System.Object other), bool _Type.Equals(type o)"),
        ("GetHashCode", "Method", "int GetHashCode(), int _MemberInfo.GetHashCode(), int _Type.GetHashCode()"),
        ("GetType", "Method", "type GetType(), type _MemberInfo.GetType(), type _Type.GetType()"),
        ("ToString", "Method", "string ToString(), string _MemberInfo.ToString(), string _Type.ToString()"),
    )
    properties = tuple(
        (name, "Property", f"{_TYPE_PROPERTY_TYPES.get(name, 'bool')} {name} {{get;}}")
        for name, _ in PSType.ps_properties)
    return methods + properties


TYPE_MEMBERS: dict[str, tuple] = {
    "System.RuntimeType": _runtime_type_members(),
    "System.String": _STRING_MEMBERS,
    "System.Int32": _number_members("int"),
    "System.Int64": _number_members("long"),
    "System.Double": _number_members("double"),
    "System.Decimal": _number_members("decimal"),
    "System.Boolean": (
        ("CompareTo", "Method", "int CompareTo(System.Object obj), int CompareTo(bool value), int "
                                "IComparable.CompareTo(System.Object obj), int IComparable[bool].CompareTo(bool other)"),
        ("Equals", "Method", "bool Equals(System.Object obj), bool Equals(bool obj), bool IEquatable[bool].Equals(bool other)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("GetTypeCode", "Method", "System.TypeCode GetTypeCode(), System.TypeCode IConvertible.GetTypeCode()"),
        *_CONVERTIBLE,
        ("ToString", "Method", "string ToString(), string ToString(System.IFormatProvider provider), "
                               "string IConvertible.ToString(System.IFormatProvider provider)"),
    ),
    "System.Collections.Hashtable": _HASHTABLE_MEMBERS,
}


def register_type_members(type_name_: str, member_rows: Iterable[tuple[str, str, str]]) -> None:
    """Declare the members Get-Member lists for objects whose first type name is ``type_name_``.

    Rows are (name, member type, definition), e.g. ``("Fqdn", "Property", "string Fqdn {get;}")``.
    Properties of such an object that no row names are listed as NoteProperty.
    """
    TYPE_MEMBERS[type_name_] = tuple(member_rows)


def note_definition(name: str, value: Any) -> str:
    """PSNoteProperty.ToString(): ``<type> <name>=<value>``, the value by its .NET ToString()
    (a date in the en-US form ``5/5/2019 12:00:00 AM``)."""
    if value is None:
        return f"object {name}=null"
    if isinstance(value, (list, tuple)):
        text = "System.Object[]"
    elif isinstance(value, _dt.datetime):
        text = format_datetime_culture(value)
    else:
        text = to_string(value)
    return f"{short_type_name(value)} {name}={text}"


# The members Add-Member declared that are not note properties, per object: lower-case name ->
# (name, member type, definition). Properties keep their value on the object; a ScriptMethod
# has no property and is listed from here only.
_DECLARED: "weakref.WeakKeyDictionary[PSObject, dict[str, tuple[str, str, str]]]" = weakref.WeakKeyDictionary()


def declare_member(obj: PSObject, name: str, member_type: str, definition: str) -> None:
    """Record the member type and definition Get-Member shows for a member of ``obj``."""
    _DECLARED.setdefault(obj, {})[name.lower()] = (name, member_type, definition)


def _forget_member(obj: PSObject, name: str) -> None:
    """Remove a member before -Force replaces it (a property, a method, its declared row)."""
    obj.remove(name)
    members.remove_script_method(obj, name)
    _DECLARED.get(obj, {}).pop(name.lower(), None)


def member_rows(value: Any) -> list[tuple[str, str, str]]:
    """Every (name, member type, definition) Get-Member shows for one value."""
    if isinstance(value, PSObject):
        # The first registered name of PSTypeNames: Add-Member -TypeName puts a name in front
        # of the .NET type, whose members Get-Member still lists.
        declared = next((TYPE_MEMBERS[t] for t in value.typenames if t in TYPE_MEMBERS), None)
    else:
        declared = TYPE_MEMBERS.get(type_name(value))
    adapted = getattr(value, "ps_member_rows", None)  # an adapted .NET object (an XML node) lists its own
    if adapted is not None:
        return adapted()
    if not isinstance(value, PSObject):
        notes = getattr(value, "ps_notes", None) or {}
        return [*(declared or _OBJECT_METHODS),
                *((name, "NoteProperty", note_definition(name, note)) for name, note in notes.values())]
    rows = list(declared) if declared else list(_OBJECT_METHODS)
    known = {r[0].lower() for r in rows}
    extra = dict(_DECLARED.get(value, {}))
    for name, prop in value.items():
        if name.lower() in known:
            continue
        row = extra.pop(name.lower(), None)
        rows.append(row if row is not None else (name, "NoteProperty", note_definition(name, prop)))
    rows.extend(row for row in extra.values() if row[1] == "ScriptMethod")
    return rows


_MEMBER_TYPE_GROUPS = {
    "properties": {"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty"},
    "methods": {"Method", "CodeMethod", "ScriptMethod"},
    "all": None,
}


def _member_type_filter(value: Any) -> Optional[set[str]]:
    wanted: set[str] = set()
    for item in as_list(value):
        for part in to_string(item).split(","):
            part = part.strip()
            group = _MEMBER_TYPE_GROUPS.get(part.lower(), {part})
            if group is None:
                return None
            wanted |= {g.lower() for g in group}
    return wanted or None


def member_definition(typename: str, name: str, member_type: str, definition: str) -> PSObject:
    """A MemberDefinition object (ToString() is the definition)."""
    return new_object(MEMBERDEFINITION, [("TypeName", typename), ("Name", name),
                                         ("MemberType", member_type), ("Definition", definition)],
                      tostring=lambda o: o.get("Definition"))


@cmdlet("Get-Member", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the object whose members are retrieved."),
    P("Name", "String[]", position=0, help="Specifies the names of one or more properties or methods of the object (wildcards allowed)."),
    P("MemberType", "PSMemberTypes", aliases=("Type",), help="Specifies the member type that this cmdlet gets (Property, NoteProperty, Method, All...)."),
    P("View", "PSMemberViewTypes", help="Specifies the type of members that this cmdlet gets: Extended, Adapted, Base or All."),
    P("Static", "SwitchParameter", help="Indicates that this cmdlet gets only the static properties and methods of the object."),
    P("Force", "SwitchParameter", help="Adds the intrinsic members and the compiler-generated get_ and set_ methods to the display."),
], aliases=("gm",), output_type="Microsoft.PowerShell.Commands.MemberDefinition",
    synopsis="Gets the properties and methods of objects.",
    description="The Get-Member cmdlet gets the members, the properties and methods, of objects. "
                "One group per distinct type, sorted by member type and then by name.",
    examples=(
        ("Get-CsUserPoolInfo lcarter@beta.deitterick.com | Get-Member", "Lists the members of the pool information object."),
        ("Get-CsPool | Get-Member -MemberType Property", "Lists only the properties."),
    ))
class GetMemberCommand(Cmdlet):
    """Get-Member."""

    def begin(self) -> None:
        self.seen: set[str] = set()
        self.names = as_list(self.params.get("Name")) or ["*"]
        self.types = _member_type_filter(self.params.get("MemberType"))

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        typename = obj.typenames[0] if isinstance(obj, PSObject) else (type_names(obj) or [type_name(obj)])[0]
        if typename in self.seen:
            return
        self.seen.add(typename)
        rows = member_rows(obj)
        if self.types is not None:
            rows = [r for r in rows if r[1].lower() in self.types]
        # One list for all -Name patterns, sorted once: 5.1 keeps a member that any pattern matches.
        chosen = [r for r in rows if any(match(pattern, r[0]) for pattern in self.names)]
        chosen.sort(key=lambda r: (r[1].upper(), r[0].upper()))
        for name, kind, definition in chosen:
            yield member_definition(typename, name, kind, definition)

    def end(self) -> None:
        if not self.seen:
            self.error("You must specify an object for the Get-Member cmdlet.", "NoObjectInGetMember",
                       "CloseError", exception_type="InvalidOperationException")


# =====================================================================================
# Add-Member / New-Object
# =====================================================================================

_MEMBER_TYPES = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
                 "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods",
                 "ParameterizedProperty", "MemberSet", "Event", "Dynamic", "All")


_ALL_ADD_MEMBER_SETS = ("TypeNameSet", "MemberSet", "NotePropertySingleMemberSet", "NotePropertyMultiMemberSet")


@cmdlet("Add-Member", UTILITY, [
    P("InputObject", "PSObject", mandatory=True, from_pipeline=True, help="Specifies the object to which the new member is added."),
    P("MemberType", "PSMemberTypes", position=0, mandatory=True, aliases=("Type",), sets=("MemberSet",),
      validate_set=_MEMBER_TYPES, help="Specifies the type of the member to add (NoteProperty, AliasProperty, ScriptProperty, ScriptMethod...)."),
    P("Name", "String", position=1, mandatory=True, sets=("MemberSet",), help="Specifies the name of the member that this cmdlet adds."),
    P("Value", "Object", position=2, sets=("MemberSet",), help="Specifies the initial value of the added member."),
    P("SecondValue", "Object", position=3, sets=("MemberSet",), help="Specifies optional additional information about the member."),
    P("NotePropertyName", "String", position=0, mandatory=True, sets=("NotePropertySingleMemberSet",),
      help="Specifies the note property name."),
    P("NotePropertyValue", "Object", position=1, mandatory=True, sets=("NotePropertySingleMemberSet",),
      help="Specifies the note property value."),
    P("NotePropertyMembers", "IDictionary", position=0, mandatory=True, sets=("NotePropertyMultiMemberSet",),
      help="Specifies a hash table or ordered dictionary of note property names and values."),
    P("TypeName", "String", sets=_ALL_ADD_MEMBER_SETS, help="Specifies a name for the type (added to PSTypeNames)."),
    P("Force", "SwitchParameter", sets=_ALL_ADD_MEMBER_SETS[1:],
      help="Adds a new member even if the object has a member of that name."),
    P("PassThru", "SwitchParameter", help="Returns the object with the added member."),
], default_set="TypeNameSet", output_type="System.Object",
    synopsis="Adds custom properties and methods to an instance of a PowerShell object.",
    description="The Add-Member cmdlet lets you add members (properties and methods) to an instance "
                "of a PowerShell object: note properties, alias properties (with an optional type "
                "to convert to), script properties and script methods. -TypeName alone only adds a "
                "type name.",
    examples=(("$o = [pscustomobject]@{Name='x'}; $o | Add-Member -NotePropertyName Size -NotePropertyValue 3 -PassThru",
               "Adds a note property and returns the object."),
              ("$o | Add-Member -MemberType AliasProperty -Name Label -Value Name", "Adds an alias of Name.")))
class AddMemberCommand(Cmdlet):
    """Add-Member."""

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        for name, value, member_type, definition in self._members(obj):
            if not isinstance(obj, PSObject):
                if member_type == "NoteProperty":
                    obj = with_notes(obj, [(name, value)])
                    continue
                break
            if (obj.has(name) or name.lower() in _DECLARED.get(obj, {})) and not self.switch("Force"):
                self.error(f'Cannot add a member with the name "{name}" because a member with that name already '
                           "exists. To overwrite the member anyway, add the Force parameter to your command.",
                           "MemberAlreadyExists", "InvalidOperation", obj, exception_type="InvalidOperationException")
                return
            _forget_member(obj, name)
            if member_type == "ScriptMethod":
                members.add_script_method(obj, name, value)
            else:
                obj.set(name, value)
            if member_type != "NoteProperty":
                declare_member(obj, name, member_type, definition)
        typename = self.params.get("TypeName")
        if typename and isinstance(obj, PSObject):
            obj.typenames = [typename, *obj.typenames]   # a new list: objects of one shape share theirs
        if self.switch("PassThru"):
            yield obj

    def _members(self, obj: Any) -> list[tuple[str, Any, str, str]]:
        """(name, value, member type, Get-Member definition) of each member to add."""
        if "NotePropertyMembers" in self.params:
            table = self.params["NotePropertyMembers"]
            return [(to_string(k), v, "NoteProperty", "") for k, v in table.items()]
        if "NotePropertyName" in self.params:
            return [(to_string(self.params["NotePropertyName"]), self.params.get("NotePropertyValue"),
                     "NoteProperty", "")]
        if "Name" not in self.params:
            return []
        name = to_string(self.params["Name"])
        kind = to_string(self.params.get("MemberType"))
        builder = {"noteproperty": self._note, "aliasproperty": self._alias,
                   "scriptproperty": self._script_property, "scriptmethod": self._script_method}.get(kind.lower())
        if builder is None:
            self.terminate(f'Cannot add a member with type "{kind}". Specify a different type for the MemberTypes '
                           "parameter.", "CannotAddMemberType", "InvalidOperation", exception_type="InvalidOperationException")
        return [builder(name)]

    def _note(self, name: str) -> tuple[str, Any, str, str]:
        return name, self.params.get("Value"), "NoteProperty", ""

    def _alias(self, name: str) -> tuple[str, Any, str, str]:
        """An AliasProperty reads its target (converted to -SecondValue's type when one is given)
        and assigns to it."""
        target = to_string(self.params.get("Value"))
        conversion = self.params.get("SecondValue")
        full = (resolve_type(to_string(conversion)) or to_string(conversion)) if conversion is not None else None

        def read(obj: PSObject) -> Any:
            value = members.get_property(obj, target)
            if full is None:
                return value
            try:
                return convert_to(value, full)
            except PSConversionError:
                return value

        def write(obj: PSObject, value: Any) -> None:
            members.set_property(obj, target, value)
        definition = f"{name} = ({full}){target}" if full else f"{name} = {target}"
        return name, ComputedProperty(read, write), "AliasProperty", definition

    def _script_property(self, name: str) -> tuple[str, Any, str, str]:
        getter, setter = self.params.get("Value"), self.params.get("SecondValue")
        parts = "".join(f"{label}={block.text};" for label, block in (("get", getter), ("set", setter))
                        if block is not None)
        return name, script_property(name, getter, setter), "ScriptProperty", f"System.Object {name} {{{parts}}}"

    def _script_method(self, name: str) -> tuple[str, Any, str, str]:
        return name, self.params.get("Value"), "ScriptMethod", f"System.Object {name}();"


_CUSTOM_OBJECT_TYPES = {"psobject", "system.management.automation.psobject", "pscustomobject",
                        "system.management.automation.pscustomobject", "object", "system.object"}


@cmdlet("New-Object", UTILITY, [
    P("TypeName", "String", position=0, mandatory=True, sets=("Net",), help="Specifies the fully qualified name of the .NET class."),
    P("ArgumentList", "Object[]", position=1, aliases=("Args",), sets=("Net",), help="Specifies the arguments of the constructor."),
    P("ComObject", "String", position=0, mandatory=True, sets=("Com",), help="Specifies the programmatic identifier of a COM object."),
    P("Strict", "SwitchParameter", sets=("Com",), help="Generates an error when a COM object uses an interop assembly."),
    P("Property", "IDictionary", help="Sets property values and invokes methods of the new object."),
], default_set="Net", output_type="System.Object",
    synopsis="Creates an instance of a Microsoft .NET Framework or COM object.",
    description="The New-Object cmdlet creates an instance of a .NET Framework object. In cspshell "
                "it creates PSObject (with -Property), hashtables, and a few simple types.",
    examples=(("New-Object PSObject -Property @{Name='x'; Size=3}", "Creates a custom object."),))
class NewObjectCommand(Cmdlet):
    """New-Object."""

    def process(self) -> Iterator[Any]:
        if "ComObject" in self.params:
            self.terminate("Retrieving the COM class factory for component with CLSID {} failed. COM objects "
                           "are not available in cspshell.", "NoCOMClassIdentified", "ResourceUnavailable")
        typename = self.params["TypeName"].strip()
        key = typename.lower().strip("[]")
        props = self.params.get("Property")
        if key in _CUSTOM_OBJECT_TYPES:
            obj = PSObject()
            for name, value in (props.items() if props is not None else []):
                obj.set(to_string(name), value)
            yield obj
            return
        if key in ("hashtable", "system.collections.hashtable"):
            yield PSHashtable(props.items() if props is not None else [])
            return
        if key in ("string", "system.string"):
            yield "".join(to_string(a) for a in as_list(self.params.get("ArgumentList")))
            return
        if key in ("version", "system.version"):
            yield self._version(as_list(self.params.get("ArgumentList")))
            return
        if key in ("system.collections.arraylist", "collections.arraylist"):
            yield PSArrayList()  # an -ArgumentList is the initial capacity: the list starts empty
            return
        if key in _XML_TYPES:
            yield _XML_TYPES[key]()  # an empty XmlDocument (LoadXml, Load), or a namespace manager
            return
        self.terminate(f"Cannot find type [{typename}]: verify that the assembly containing this type is loaded.",
                       "TypeNotFound", "InvalidType", exception_type="PSArgumentException")

    def _version(self, args: list) -> PSObject:
        """System.Version from "1.2.3.4" or from 2 to 4 numbers; missing parts are -1."""
        parts = to_string(args[0]).split(".") if len(args) == 1 else args
        try:
            numbers = [int(to_string(p)) for p in parts]
        except ValueError:
            numbers = []
        if not 2 <= len(numbers) <= 4 or any(n < 0 for n in numbers):
            self.terminate(f'Exception calling ".ctor" with "{len(args)}" argument(s): "Version string portion '
                           'was too short or too long."', "ConstructorInvokedThrowException", "InvalidOperation",
                           exception_type="MethodInvocationException")
        return version_object(*numbers)


_XML_TYPES = {"xml": XmlDocument, "system.xml.xmldocument": XmlDocument, "xml.xmldocument": XmlDocument,
              "system.xml.xmlnamespacemanager": XmlNamespaceManager, "xml.xmlnamespacemanager": XmlNamespaceManager}

VERSION = "System.Version"


def version_object(major: int, minor: int, build: int = -1, revision: int = -1) -> PSObject:
    """A System.Version (Major, Minor, Build, Revision, MajorRevision, MinorRevision)."""
    text = ".".join(str(n) for n in (major, minor, build, revision) if n >= 0)
    return new_object(VERSION, [("Major", major), ("Minor", minor), ("Build", build), ("Revision", revision),
                                ("MajorRevision", revision >> 16 if revision >= 0 else -1),
                                ("MinorRevision", revision & 0xFFFF if revision >= 0 else -1)],
                      tostring=lambda o: text)
