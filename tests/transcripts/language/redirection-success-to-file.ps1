# source: about_Redirection 5.1 (">" sends the Success stream to a file, overwriting it; ">>" appends; a file target is Out-File with no extra parameter)
'first' > notes.txt
'second' >> notes.txt
Get-Content notes.txt
'third' > notes.txt
Get-Content notes.txt
