using Rampart.Waf.Engine.Evaluation;

namespace Rampart.Waf.Engine.Statements;

/// <summary>
/// A rate-based statement: requests in scope (matching the scope-down statement, if any) are counted per aggregation
/// key value over the evaluation window, and the statement matches a request whose key is over the limit. Only
/// request evaluations that reach the rule are counted. A forwarded-IP key whose header is missing or invalid takes
/// the fallback: MATCH applies the rule without counting, NO_MATCH skips it.
/// </summary>
internal sealed class RateBasedStatement(
    string instanceName,
    string settings,
    long windowSeconds,
    long limit,
    Statement? scopeDown,
    RateKeyPart[] keyParts,
    bool matchOnMissingForwardedIp) : Statement
{
    public override bool Matches(EvaluationContext context)
    {
        if (scopeDown is not null && !scopeDown.Matches(context))
        {
            return false;
        }
        string key;
        if (keyParts.Length == 1)
        {
            if (keyParts[0].Read(context) is not { } single)
            {
                return keyParts[0] is ForwardedIpKey && matchOnMissingForwardedIp;
            }
            key = single;
        }
        else
        {
            var parts = new string[keyParts.Length];
            for (var i = 0; i < keyParts.Length; i++)
            {
                if (keyParts[i].Read(context) is not { } part)
                {
                    return keyParts[i] is ForwardedIpKey && matchOnMissingForwardedIp;
                }
                parts[i] = part;
            }
            key = string.Join('\u001f', parts);
        }
        var instance = context.Runtime.RateInstance(instanceName, settings, windowSeconds, limit);
        return instance.AddAndCheck(key, context.NowSeconds);
    }
}
