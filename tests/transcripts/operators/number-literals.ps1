# source: reference/powershell-semantics.md 4.3 (0x1F, KB/MB suffixes, 1e3)
0x1F
1KB
2MB
1e3
1.5e2
