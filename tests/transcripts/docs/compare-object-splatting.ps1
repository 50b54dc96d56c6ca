# source: reference/5.1/Microsoft.PowerShell.Utility/Compare-Object.md Examples 1 and 2 (splatted ReferenceObject/DifferenceObject: cat =>, racoon =>, dog <=, squirrel <=; -IncludeEqual -ExcludeDifferent: bird ==), the file contents given inline; blank lines and padding re-added per powershell-semantics.md 1.4/1.5
$objects = @{
  ReferenceObject = ('dog', 'squirrel', 'bird')
  DifferenceObject = ('cat', 'bird', 'racoon')
}

Compare-Object @objects
Compare-Object @objects -IncludeEqual -ExcludeDifferent
