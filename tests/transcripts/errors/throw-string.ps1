# source: reference/powershell-semantics.md 6.3 (uncaught throw: message, position of the throw statement, OperationStopped: (msg:String) [], RuntimeException, ErrorId = the message) and 7 (exit code 1 after a throw)
# exit: 1
throw 'boom'
