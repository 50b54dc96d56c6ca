# source: docs/labs.md "Testing a lab" (one row per check; Passed / Rejected) for cspshell/labs/registrars.yaml, seed 2 (lcarter), in the 5.1 table layout of tests/transcripts/README.md
Test-CsLabDefinition -Name registrars -Seed 2
