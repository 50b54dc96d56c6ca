# source: reference/powershell-semantics.md 4.6 (if/elseif/else) and 3.1 truthiness (0 and '' are false; a non-empty string, even 'False', is true)
$n = 5
if ($n -gt 10) { 'big' } elseif ($n -gt 3) { 'medium' } else { 'small' }
if (0) { 'yes' } else { 'zero is false' }
if ('') { 'yes' } else { 'empty string is false' }
if ('False') { 'non-empty string is true' }
if (@()) { 'yes' } else { 'empty array is false' }
