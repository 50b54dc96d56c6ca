# source: seed/000_f25d19bc74bf594d.txt (lcarter's PrimaryPoolMachinesInPreferredOrder is {1:5-2, 1:5-1}; "if the first server on the list ... is unavailable, it tries the next one", lync-facts.md 3.4) and lync-facts.md 1.11 (stopping RTCSRV fails a Front End); the last log line is the emulator's documented wording (docs/fidelity.md)
Stop-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com
(Get-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com).Status
$r = Test-CsRegistration -TargetFqdn beta-ls14-dir.beta.deitterick.com -UserSipAddress sip:lcarter@beta.deitterick.com -OutVerboseVariable log
$r.Result
($log -split "`n")[-1]
Start-CsWindowsService -Name RTCSRV -ComputerName beta-ls14-ee2.beta.deitterick.com
$r = Test-CsRegistration -TargetFqdn beta-ls14-dir.beta.deitterick.com -UserSipAddress sip:lcarter@beta.deitterick.com -OutVerboseVariable log
($log -split "`n")[-1]
