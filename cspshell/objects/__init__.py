"""Layer 1: PowerShell's object model and value conversions."""
from .psobject import PSObject, PSHashtable, LazyValue, DictionaryEntry, PSCUSTOMOBJECT
from .convert import PSConversionError, to_string, to_bool, type_name

__all__ = ["PSObject", "PSHashtable", "LazyValue", "DictionaryEntry", "PSCUSTOMOBJECT",
           "PSConversionError", "to_string", "to_bool", "type_name"]
