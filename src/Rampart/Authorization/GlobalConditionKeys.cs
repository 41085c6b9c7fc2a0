using System.Globalization;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Authorization;

/// <summary>Fills a request context with AWS's global condition keys, the operation's own keys, and the tags of
/// the resource being authorized. The principal's ARN, account, type, user ID and user name the policy engine
/// derives itself from <see cref="PrincipalInfo"/>.</summary>
public static class GlobalConditionKeys
{
    private static readonly IReadOnlyDictionary<string, ContextValue> NoKeys = new Dictionary<string, ContextValue>();

    public static RequestContext Build(CallContext call, AccessRequirement access, IReadOnlyDictionary<string, string>? resourceTags,
        IReadOnlyDictionary<string, ContextValue>? callerKeys = null, IReadOnlyDictionary<string, ContextValue>? resourceKeys = null)
    {
        var context = new RequestContext()
            .Set("aws:SourceIp", call.SourceIp)
            .Set("aws:CurrentTime", call.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Set("aws:EpochTime", call.Time.ToUnixTimeSeconds())
            .Set("aws:SecureTransport", call.SecureTransport)
            .Set("aws:RequestedRegion", call.Region);

        var caller = call.Caller;
        foreach (var (key, value) in caller.Tags)
        {
            context.Set("aws:PrincipalTag/" + key, value);
        }
        // AWS sets the MFA and token keys only for temporary credentials; long-term keys leave them absent.
        if (caller.Session is { } session)
        {
            context.Set("aws:TokenIssueTime", session.IssuedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            context.Set("aws:MultiFactorAuthPresent", session.MfaAuthenticatedAt is not null);
            if (session.MfaAuthenticatedAt is { } mfaAt)
            {
                context.Set("aws:MultiFactorAuthAge", (long)Math.Max(0, (call.Time - mfaAt).TotalSeconds));
            }
        }

        if (access.RequestTags.Count > 0)
        {
            foreach (var (key, value) in access.RequestTags)
            {
                context.Set("aws:RequestTag/" + key, value);
            }
            context.Set("aws:TagKeys", access.RequestTags.Keys);
        }
        if (resourceTags is not null)
        {
            foreach (var (key, value) in resourceTags)
            {
                context.Set("aws:ResourceTag/" + key, value);
            }
        }
        foreach (var (key, value) in callerKeys ?? NoKeys)
        {
            context.Set(key, value);
        }
        foreach (var (key, value) in resourceKeys ?? NoKeys)
        {
            context.Set(key, value);
        }
        foreach (var (key, value) in access.ContextKeys)
        {
            context.Set(key, value);
        }
        return context;
    }
}
