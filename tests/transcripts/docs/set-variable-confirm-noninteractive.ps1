# source: about_CommonParameters 5.1 (-Confirm asks whatever $ConfirmPreference says); powershell-semantics.md 7 (-NonInteractive makes a confirmation prompt fail) with 5.1's text "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." and the host's PSInvalidOperationException, ErrorId InvalidOperation (as in lync/move-csuser-noninteractive-confirm); -Verbose writes the ShouldProcess description when no prompt is needed (MshCommandRuntime.DoShouldProcess: CanShouldProcessAutoConfirm then WriteVerbose(verboseDescription)); the variable is unchanged after the refused prompt
Set-Variable pool 'ls14pool' -Verbose
Set-Variable pool 'se1' -Confirm
$pool
