# source: about_Scopes (5.1): a function assigns in its own scope unless $global:/$script: is used
$x = 1
function Set-Local { $x = 2 }
Set-Local
$x
function Set-Global { $global:x = 3 }
Set-Global
$x
