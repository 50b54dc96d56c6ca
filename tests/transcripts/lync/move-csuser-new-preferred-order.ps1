# source: lync-facts.md 1.8 (Move-CsUser -Identity -Target, -Confirm:$false bypasses the prompt) and the seed (a Standard Edition pool's machine list is its one server, 1:3-1 for beta-ls14-se2; se1 is 1:2-1 in topology/default.yaml); se1's backup registrar is se2 (default.yaml)
Move-CsUser -Identity lcarter@beta.deitterick.com -Target beta-ls14-se1.beta.deitterick.com -Confirm:$false
Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com
