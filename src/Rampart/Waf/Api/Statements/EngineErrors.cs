using Rampart.Protocol;
using Rampart.Waf.Api.Common;
using Rampart.Waf.Engine;

namespace Rampart.Waf.Api.Statements;

/// <summary>The WAF engine's verdict on a definition, as the WAFv2 error it names.</summary>
public static class EngineErrors
{
    public static T Run<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (WafDefinitionException e)
        {
            throw From(e);
        }
    }

    private static AwsException From(WafDefinitionException e) => e.ErrorCode switch
    {
        WafDefinitionException.NonexistentItem => WafErrors.Nonexistent(),
        WafDefinitionException.LimitsExceeded => WafErrors.LimitsExceeded(),
        _ => WafErrors.InvalidParameter(e.Field, e.Parameter, e.Message),
    };
}
