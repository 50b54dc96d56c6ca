# source: reference/powershell-semantics.md 5 (PositionalParameterNotFound: 'A positional parameter cannot be found that accepts argument ...'); CmdletParameterBinderController.cs @403ae3f53f passes no extent, so the whole command is underlined
'x' | Select-Object a b
