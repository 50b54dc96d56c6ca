# source: docs/labs.md "What the commands print" (the NoLabRunning error) in the 5.1 error view of tests/transcripts/README.md
# exit: 1
Get-CsLabTask
