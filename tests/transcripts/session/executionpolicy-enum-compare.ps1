# source: LanguagePrimitives.Equals (PowerShell source, engine/LanguagePrimitives.cs: "If second can be converted to the type of the first, it does so and returns first.Equals(secondConverted). Otherwise false is returned"): a string converts to the enum by its name, case-insensitively, a number by value (ExecutionPolicy RemoteSigned = 1, security/SecuritySupport.cs); a string on the left compares as text; reference/5.1/Microsoft.PowerShell.Security/Get-ExecutionPolicy.md (-List layout, the effective policy is an ExecutionPolicy value)
Get-ExecutionPolicy -List | ? ExecutionPolicy -eq remotesigned
(Get-ExecutionPolicy) -eq 'REMOTESIGNED'
(Get-ExecutionPolicy) -ne 'Bypass'
(Get-ExecutionPolicy) -eq 1
(Get-ExecutionPolicy) -eq 'NoSuchPolicy'
'Bypass', 'RemoteSigned' -contains (Get-ExecutionPolicy)
(Get-ExecutionPolicy) -in 'Bypass', 'RemoteSigned'
@(Get-ExecutionPolicy -List).ExecutionPolicy -contains 'undefined'
(Get-ExecutionPolicy).GetType().FullName
