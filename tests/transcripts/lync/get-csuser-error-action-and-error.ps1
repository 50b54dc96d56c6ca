# source: about_CommonParameters (-ErrorAction SilentlyContinue hides a non-terminating error but still adds it to $Error and sets $? to False; -ErrorAction Stop makes it terminating, so try/catch catches it); lync-facts.md 2.5 (the not-found text); the error's id and category are the emulator's documented choice (docs/fidelity.md: ErrorId Identity, ObjectNotFound, ManagementException)
Get-CsUser nobody@beta.deitterick.com -ErrorAction SilentlyContinue
$?
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Reason
try { Get-CsUser nobody@beta.deitterick.com -ErrorAction Stop; 'not reached' } catch { 'caught: ' + $_.Exception.Message }
