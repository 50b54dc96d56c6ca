"""Object members: Get-Member (and the member tables it lists for .NET types),
Add-Member and New-Object.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from ..objects import members
from ..objects.convert import short_type_name, to_string, type_name
from ..objects.psobject import LazyValue, PSHashtable, PSObject
from ..objects.wildcard import match
from .base import NO_INPUT, Cmdlet
from .calculated import script_result
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

TYPE_MEMBERS: dict[str, tuple] = {
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
    """PSNoteProperty.ToString(): ``<type> <name>=<value>``."""
    if value is None:
        return f"object {name}=null"
    text = "System.Object[]" if isinstance(value, (list, tuple)) else to_string(value)
    return f"{short_type_name(value)} {name}={text}"


def member_rows(value: Any) -> list[tuple[str, str, str]]:
    """Every (name, member type, definition) Get-Member shows for one value."""
    declared = TYPE_MEMBERS.get(type_name(value) if not isinstance(value, PSObject) else value.typenames[0])
    if not isinstance(value, PSObject):
        return list(declared or _OBJECT_METHODS)
    rows = list(declared) if declared else list(_OBJECT_METHODS)
    known = {r[0].lower() for r in rows}
    for name, prop in value.items():
        if name.lower() not in known:
            rows.append((name, "NoteProperty", note_definition(name, prop)))
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
        typename = obj.typenames[0] if isinstance(obj, PSObject) else type_name(obj)
        if typename in self.seen:
            return
        self.seen.add(typename)
        rows = member_rows(obj)
        if self.types is not None:
            rows = [r for r in rows if r[1].lower() in self.types]
        for pattern in self.names:
            chosen = [r for r in rows if match(pattern, r[0])]
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
    P("TypeName", "String", help="Specifies a name for the type (added to PSTypeNames)."),
    P("Force", "SwitchParameter", help="Adds a new member even if the object has a member of that name."),
    P("PassThru", "SwitchParameter", help="Returns the object with the added member."),
], default_set="TypeNameSet", output_type="System.Object",
    synopsis="Adds custom properties and methods to an instance of a PowerShell object.",
    description="The Add-Member cmdlet lets you add members (properties and methods) to an instance "
                "of a PowerShell object.",
    examples=(("$o = [pscustomobject]@{Name='x'}; $o | Add-Member -NotePropertyName Size -NotePropertyValue 3 -PassThru",
               "Adds a note property and returns the object."),))
class AddMemberCommand(Cmdlet):
    """Add-Member."""

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        for name, value in self._members():
            if not isinstance(obj, PSObject):
                break
            if obj.has(name) and not self.switch("Force"):
                self.error(f'Cannot add a member with the name "{name}" because a member with that name already '
                           "exists. To overwrite the member anyway, add the Force parameter to your command.",
                           "MemberAlreadyExists", "InvalidOperation", obj, exception_type="InvalidOperationException")
                return
            obj.set(name, value)
        typename = self.params.get("TypeName")
        if typename and isinstance(obj, PSObject):
            obj.typenames.insert(0, typename)
        if self.switch("PassThru"):
            yield obj

    def _members(self) -> list[tuple[str, Any]]:
        if "NotePropertyMembers" in self.params:
            table = self.params["NotePropertyMembers"]
            return [(to_string(k), v) for k, v in table.items()]
        if "NotePropertyName" in self.params:
            return [(self.params["NotePropertyName"], self.params.get("NotePropertyValue"))]
        if "Name" not in self.params:
            return []
        return [(self.params["Name"], self._member_value(to_string(self.params.get("MemberType"))))]

    def _member_value(self, kind: str) -> Any:
        value = self.params.get("Value")
        lkind = kind.lower()
        if lkind == "aliasproperty":
            target_name = to_string(value)
            obj = current_input(self)
            return LazyValue(lambda: members.get_property(obj, target_name))
        if lkind == "scriptproperty":
            obj = current_input(self)
            return LazyValue(lambda: script_result(value, obj))
        if lkind == "noteproperty":
            return value
        self.terminate(f'Cannot add a member with type "{kind}". Specify a different type for the MemberTypes '
                       "parameter.", "CannotAddMemberType", "InvalidOperation", exception_type="InvalidOperationException")
        return None


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
        self.terminate(f"Cannot find type [{typename}]: verify that the assembly containing this type is loaded.",
                       "TypeNotFound", "InvalidType", exception_type="PSArgumentException")
