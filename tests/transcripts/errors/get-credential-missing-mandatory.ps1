# source: PowerShell/vscode-powershell issue #3820 (5.1's Get-Credential in a host that cannot prompt: MissingMandatoryParameter for Credential, Microsoft.PowerShell.Commands.GetCredentialCommand); -NonInteractive makes the console host one that cannot prompt (about_PowerShell_exe, reference/powershell-semantics.md 7)
# exit: 1
Get-Credential
