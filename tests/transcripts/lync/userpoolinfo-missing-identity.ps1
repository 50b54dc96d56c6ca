# source: lync-facts.md 1.1 (Identity mandatory; cmdlet class from the output type GetOCsUserPoolInfoCmdlet+UserInformation); ParameterBinderStrings.resx MissingMandatoryParameter, raised when -NonInteractive forbids the prompt (CmdletParameterBinderController.cs); layout powershell-semantics.md 6.1
# exit: 1
Get-CsUserPoolInfo
