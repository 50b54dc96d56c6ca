# source: brief + lync-facts.md 2.5 (message text 'Management object not found for identity "...".' and the 5.1 layout, powershell-semantics.md 6.1); CategoryInfo/FullyQualifiedErrorId are unconfirmed in the references; the project's choice (ObjectNotFound, ManagementException, ErrorId Identity,<cmdlet class>) is recorded in docs/fidelity.md
Get-CsUserPoolInfo -Identity nosuchuser
