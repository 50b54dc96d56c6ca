# source: MSEndpointMgr/IntuneWin32App PR #142 (a real 5.1 transcript of ValidateRange on a script function: '<function> : Cannot validate argument on parameter ...', the squiggle under the value, InvalidData: (:) [<function>], ParameterBindingValidationException, ParameterArgumentValidationError,<function>); texts Metadata.resx ValidateRangeGreaterThanMaxRangeFailure / ValidateRangeSmallerThanMinRangeFailure and ParameterBinderStrings.resx ParameterArgumentValidationError @60b3b304f2; message wrapped at 119 columns (reference 6.1)
function Set-Grace { param([ValidateRange(1,20)][int]$Minutes) "grace $Minutes" }
Set-Grace -Minutes 30
Set-Grace 0
Set-Grace -Minutes 20
