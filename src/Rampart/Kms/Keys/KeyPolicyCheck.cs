using Rampart.Authorization;
using Rampart.Kms.Common;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Policy.Parsing;

namespace Rampart.Kms.Keys;

/// <summary>Validates a key policy as KMS does before storing it: it must parse as a key policy, and unless the
/// caller bypasses the policy lockout safety check it must still let the caller call PutKeyPolicy afterwards.</summary>
public sealed class KeyPolicyCheck(IEnumerable<IPrincipalPolicySource> policySources)
{
    private readonly IPrincipalPolicySource[] sources = [.. policySources];

    public async ValueTask CheckAsync(string policy, string keyArn, bool bypassLockoutCheck, CallContext call, CancellationToken cancellationToken)
    {
        CompiledPolicy compiled;
        try
        {
            compiled = CompiledPolicy.Compile(PolicyParser.Parse(policy, PolicyKind.KeyPolicy, keyArn));
        }
        catch (MalformedPolicyException e)
        {
            throw KmsErrors.MalformedPolicy(e.Message);
        }
        if (bypassLockoutCheck)
        {
            return;
        }
        var policies = PrincipalPolicies.None;
        foreach (var source in sources)
        {
            policies = await source.AddPoliciesAsync(call.Caller, policies, cancellationToken);
        }
        var request = new AuthorizationRequest(call.Caller.ToPolicyPrincipal(), "kms:PutKeyPolicy", keyArn, new RequestContext(), policies.Identity)
        {
            ResourceAccount = call.AccountId,
            PermissionsBoundary = policies.PermissionsBoundary,
            SessionPolicies = policies.SessionPolicies,
            ResourcePolicy = new ResourceBasedPolicy(compiled, MustGrantAccess: true),
        };
        if (!PolicyEvaluator.Evaluate(request).IsAllowed)
        {
            throw KmsErrors.MalformedPolicy(
                "The new key policy will not allow you to update the key policy in the future.");
        }
    }
}
