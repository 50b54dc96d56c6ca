# source: PowerShell/PowerShell issue #2068 (real 5.1.14393 transcript): 'foo : The term ...' wrapped before 'spelling', then At line/+ foo/+ ~~~, ObjectNotFound (foo:String), CommandNotFoundException, and the ' ' line; reference/powershell-semantics.md 5 and 6.1 (the wrapped line keeps its trailing blank)
# exit: 1
foo
