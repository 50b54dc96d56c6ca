# source: lync-facts.md 1.1 (Identity is mandatory and takes pipeline input by value); powershell-semantics.md 6.3 (a pipeline binding error is non-terminating: the next object is processed) and 1 (strings print as they arrive); null-argument text and CategoryInfo as in EvotecIT/GPOZaurr issue #9 (5.1), positioned on the command as pipeline-input errors are; the pools are topology/default.yaml's (lcarter on ls14pool, acooper on beta-ls14-se1)
# exit: 1
"lcarter", $null, "acooper" | Get-CsUserPoolInfo | % PrimaryPoolFqdn
