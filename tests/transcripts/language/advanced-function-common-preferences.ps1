# source: PowerShell v6.0.0 src/System.Management.Automation/engine/runtime/CompiledScriptBlock.cs (SetPreferenceVariables: -Debug, -Verbose, -ErrorAction, -WarningAction, -InformationAction of an advanced function set its preference variables); about_CommonParameters (5.1)
function Test-Pref { [CmdletBinding()] param() Write-Warning 'from inside'; Write-Error 'inner error'; 'done' }
Test-Pref -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
try { Test-Pref -ErrorAction Stop -WarningAction Ignore } catch { "caught: $_" }
function Show-Pref { [CmdletBinding()] param() "$DebugPreference $VerbosePreference $ErrorActionPreference" }
Show-Pref -Debug -Verbose -ErrorAction Ignore
Show-Pref -Verbose:$false
