# source: 5.1 ConsoleHostUserInterface.HandleThrowOnReadAndPrompt (-NonInteractive: a PSInvalidOperationException, ErrorId InvalidOperation) with 5.1's text "Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available." (PowerShell issue #3337); ReadHostCommand reads in BeginProcessing, so the statement stops
# exit: 1
$name = Read-Host 'Name'
"name=[$name]"
Read-Host
