"""Layer 3: objects to console text, as Windows PowerShell 5.1 formats them.

In pipeline order:

* ``views`` — per-type views (the ``*.format.ps1xml`` equivalent); ``register_view``;
* ``properties`` / ``values`` / ``dotnet_format`` — reading a property, showing a value;
* ``generate`` — objects to formatting records (Format-Table/List/Wide, Out-Default's
  default formatter); ``records`` — those records;
* ``table`` / ``listing`` / ``wide`` / ``text`` — 5.1's writers and word wrap;
* ``out_default`` — records and objects to lines, streaming: ``format_stream``;
* ``errors`` — the 5.1 ErrorRecord view.
"""
