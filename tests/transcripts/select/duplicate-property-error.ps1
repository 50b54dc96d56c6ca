# source: reference/powershell-semantics.md 2 ('The property cannot be processed because the property "X" already exists.'); ErrorId AlreadyExistingUserSpecifiedPropertyNoExpand, InvalidOperation, PSArgumentException, target = input (select-object.cs @v6.0.0); the object is still written after the error
[pscustomobject]@{a=1} | Select-Object a, a
