# source: the OUTPUTS section of each cmdlet's help (lync-facts.md 1.1-1.5, 1.10-1.12): ADUser, GetOCsUserPoolInfoCmdlet+UserInformation, Deploy.Internal.Site+CentralSite, Cluster, Machine, RegistrarSettings, Deployment.Core.NTService, SyntheticTransactions.TaskOutput; Set-CsRegistrar help (the Registrar is Xds.DisplayRegistrar); reference/5.1/Microsoft.PowerShell.Utility/Get-Member.md (each MemberDefinition carries the object's TypeName)
(Get-CsUser lcarter@beta.deitterick.com | Get-Member)[0].TypeName
(Get-CsUserPoolInfo lcarter@beta.deitterick.com | Get-Member)[0].TypeName
(Get-CsSite | Get-Member)[0].TypeName
(Get-CsPool ls14pool.beta.deitterick.com | Get-Member)[0].TypeName
(Get-CsComputer beta-ls14-ee1.beta.deitterick.com | Get-Member)[0].TypeName
(Get-CsService -Registrar | Get-Member)[0].TypeName
(Get-CsRegistrarConfiguration | Get-Member)[0].TypeName
(Get-CsWindowsService RTCSRV | Get-Member)[0].TypeName
(Test-CsRegistration -TargetFqdn ls14pool.beta.deitterick.com -UserSipAddress sip:lcarter@beta.deitterick.com | Get-Member)[0].TypeName
