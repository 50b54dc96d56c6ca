# source: .NET Convert.ToByte(Int32) throws OverflowException "Value was either too large or too small for an unsigned byte." (mscorlib Overflow_Byte); 5.1 wraps a failed cast as 'Cannot convert value "<v>" to type "<T>". Error: "<inner>"' (powershell-semantics.md 4.3), InvalidArgument/RuntimeException, ErrorId InvalidCastIConvertible for a non-string value (LanguagePrimitives.cs ConvertNumericIConvertible); the line wraps at 119 columns
[byte]255
[byte]300
