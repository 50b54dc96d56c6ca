# source: CommandBaseStrings.resx @60b3b304f2 (ShouldProcessMessage 'Performing the operation "{0}" on target "{1}".', ShouldProcessWhatIfMessage 'What if: {0}'); MshCommandRuntime.DoShouldProcess (under WhatIf the line is written and ShouldProcess returns False; ShouldProcess(target) names the command as the operation); about_Functions_CmdletBindingAttribute 5.1 (SupportsShouldProcess adds -WhatIf and -Confirm)
function Move-LabUser { [CmdletBinding(SupportsShouldProcess=$true)] param([string]$Identity, [string]$Target) if ($PSCmdlet.ShouldProcess($Identity, "Move to $Target")) { "moved $Identity" }; if ($PSCmdlet.ShouldProcess($Identity)) { 'again' } }
Move-LabUser -Identity 'sip:bob@contoso.com' -Target pool02 -WhatIf
Move-LabUser -Identity 'sip:bob@contoso.com' -Target pool02
