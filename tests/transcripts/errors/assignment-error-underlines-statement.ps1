# source: PowerShell v6.0.0 src/System.Management.Automation/engine/parser/Compiler.cs (an assignment gets one sequence point, its right side none: "If the parent is an assignment, we've already added a sequence point, don't add another."); 5.1 transcripts underlining from the variable: vCheck-vSphere issue 574, DriverAutomationTool issue 587, bseltz-cohesity/scripts issue 74
$x = 1/0
$name = $null
$y = $name.ToUpper()
1/0 + 5
