# source: reference/powershell-semantics.md 4.3 (message 'Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format."'); layout, InvalidArgument/RuntimeException and ErrorId InvalidCastFromStringToInteger as in reference/5.1/Microsoft.PowerShell.Core/Set-StrictMode.md's sample; LanguagePrimitives.cs @403ae3f53f
[int]'x'
