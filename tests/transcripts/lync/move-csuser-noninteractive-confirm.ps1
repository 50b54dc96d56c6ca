# source: lync-facts.md 1.8 (Move-CsUser prompts for confirmation by default); powershell-semantics.md 7 (-NonInteractive makes a confirmation prompt fail); 5.1's text "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." (PowerShell issue #3337, MicrosoftDocs/windows-powershell-docs issue #2033 for a cmdlet's own confirmation); the host's PSInvalidOperationException keeps ErrorId InvalidOperation (InvalidOperation,Microsoft.PowerShell.Commands.ReadHostCommand for Read-Host in a 5.1 non-interactive host); nothing moves
$se1 = 'beta-ls14-se1.beta.deitterick.com'
Move-CsUser lcarter $se1
(Get-CsUser lcarter).RegistrarPool
