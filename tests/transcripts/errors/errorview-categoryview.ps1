# source: reference/powershell-semantics.md 6.1 ($ErrorView = 'CategoryView' prints only the CategoryInfo text) and the ErrorRecord view script @403ae3f53f
$ErrorView = 'CategoryView'
nosuchcommand
