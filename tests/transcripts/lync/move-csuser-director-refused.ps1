# source: lync-facts.md 3.1 and 4.5 (users cannot be homed on a Director; trainee question 10); 1.8 (Move-CsUser -Target is position 2); the message wording is the emulator's (docs/fidelity.md: Lync's own text was not found); error layout powershell-semantics.md 6.1
$dir = 'beta-ls14-dir.beta.deitterick.com'
Move-CsUser lcarter $dir -Confirm:$false
(Get-CsUser lcarter).RegistrarPool
