# source: reference/powershell-semantics.md 7 (-NonInteractive makes a prompt fail with an error instead of waiting); the message is caught so only its presence is shown
try { Read-Host 'Name' -ErrorAction Stop; 'no error' } catch { 'prompt refused' }
