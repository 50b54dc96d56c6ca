# source: reference/powershell-semantics.md 1.8 (hashtable view: Name column 30 wide, Value takes the rest of the 119 layout columns; [ordered] keeps insertion order; 5.1 pads every column)
[ordered]@{ b = 1; a = 'two' }
