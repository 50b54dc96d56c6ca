# source: lync-facts.md 1.10 (MaxEndpointsPerUser 1-64, default 8; ranges declared on the parameters, docs/fidelity.md); PowerShell's ValidateRange text (Metadata.resx ValidateRangeTooBig); binder validation errors point at the argument and show (:), as the 5.1 transcripts in EvotecIT/GPOZaurr issue #9 and cisagov/ScubaGear issue #1013 do; layout powershell-semantics.md 6.1; the setting is unchanged
Set-CsRegistrarConfiguration -MaxEndpointsPerUser 65
(Get-CsRegistrarConfiguration global).MaxEndpointsPerUser
