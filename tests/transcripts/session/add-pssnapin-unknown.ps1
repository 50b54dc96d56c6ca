# source: PowerShell v5.1 MshSnapInCmdletResources PSSnapInNotFound / AddPSSnapInRead (InvalidArgument, PSArgumentException)
# exit: 1
Add-PSSnapin Microsoft.Rtc.Management
