# source: reference/powershell-semantics.md 1.3 (after a registered view, an object the view does not apply to is emitted out of band as a list: blank, name : value, blank); BaseOutputtingCommand.cs ProcessOutOfBandPayload @v6.0.0
[ordered]@{ k = 'v' }, [pscustomobject]@{ a = 1 }
