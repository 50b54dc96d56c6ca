# source: PowerShell v6.0.0 src/System.Management.Automation/engine/parser/Parser.cs (StatementListRule parses the next statement right after one ends; the grammar asks a statement terminator only of pipelines and flow-control statements, not of if/loops/switch/function/try/trap); test/powershell/Language/Scripting/TryCatch.Tests.ps1 writes "trap { ... } try { ... }" on one line
if ($true) { 'then' } 'next'
function f { 'f ran' } f
foreach ($i in 1, 2) { $i } 'after foreach'
switch (1) { 1 { 'one' } } 'after switch'
try { 'try' } finally { 'finally' } 'after try'
