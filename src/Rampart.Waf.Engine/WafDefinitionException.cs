namespace Rampart.Waf.Engine;

/// <summary>
/// The only exception compiling or sizing a definition throws. <see cref="ErrorCode"/> is the WAFv2 error the control
/// plane should return (WAFInvalidParameterException, WAFNonexistentItemException or WAFLimitsExceededException);
/// <see cref="Field"/> (a ParameterExceptionField value) and <see cref="Parameter"/> fill that error's members.
/// </summary>
public sealed class WafDefinitionException(string errorCode, string message, string field, string parameter)
    : Exception(message)
{
    public const string InvalidParameter = "WAFInvalidParameterException";
    public const string NonexistentItem = "WAFNonexistentItemException";
    public const string LimitsExceeded = "WAFLimitsExceededException";

    public string ErrorCode { get; } = errorCode;

    public string Field { get; } = field;

    public string Parameter { get; } = parameter;
}
