# source: docs/labs.md (the seven labs; Get-CsLab's columns) and the 5.1 table layout of tests/transcripts/README.md
Get-CsLab
