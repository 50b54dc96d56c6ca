# source: brief (a missing closing brace at the end of input is incomplete under -Command -) and PowerShell/PowerShell issue #21808 ('An incomplete statement is ignored')
'before'
if ($true) {
    'inside'
