namespace Rampart.Policy.Parsing;

/// <summary>The RCP syntax rules: Principal must be <c>"*"</c> (principals are narrowed with conditions), no
/// NotPrincipal or NotAction, wildcards in an action only alone or at its end, and Allow only in the statement of
/// the RCPFullAWSAccess policy (everything, for everyone, unconditionally).</summary>
internal static class ResourceControlRules
{
    public static void Check(StatementSyntax statement)
    {
        if (statement.NotAction is not null)
        {
            throw new MalformedPolicyException(PolicyMessages.ProhibitedField("NotAction"));
        }

        if (statement.Principal is { IsWildcard: false })
        {
            throw new MalformedPolicyException("RCP statements must specify \"*\" as the Principal.");
        }

        foreach (var action in statement.Action ?? [])
        {
            if (!ActionWildcards.HasWildcardOnlyAtEnd(action))
            {
                throw new MalformedPolicyException($"Action {action} may use wildcards only alone or at the end.");
            }
        }

        var isFullAccess = statement.Action is ["*"] && statement.Resource is ["*"] && statement.Conditions.Count == 0;
        if (statement.Effect == "Allow" && !isFullAccess)
        {
            throw new MalformedPolicyException("RCP statements may use the Allow effect only to allow all actions on all resources.");
        }
    }
}
