using Rampart.Authorization;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record PutKeyPolicyRequest(string KeyId, string? PolicyName, string Policy, bool? BypassPolicyLockoutSafetyCheck);

/// <summary>Replaces a key's policy after checking it parses and, unless bypassed, that it does not lock the caller out.</summary>
public sealed class PutKeyPolicy(IStore store, KeyArnResolver arns, IEnumerable<IPrincipalPolicySource> policySources)
    : KmsOperation<PutKeyPolicyRequest, EmptyResponse>
{
    private readonly KeyPolicyCheck policyCheck = new(policySources);

    public override string Name => "PutKeyPolicy";

    protected override OperationDeclaration<PutKeyPolicyRequest> Declaration { get; } = new()
    {
        Action = "kms:PutKeyPolicy",
        ReadOnly = false,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call)
            .Set("kms:BypassPolicyLockoutSafetyCheck", request.BypassPolicyLockoutSafetyCheck == true ? "true" : "false")
            .Keys,
    };

    protected override async Task<EmptyResponse> HandleAsync(PutKeyPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        KeyPolicyName.Require(request.PolicyName);
        var reference = KeyReference.Parse(request.KeyId, call);
        var current = await new KeyDirectory(store).RequireAsync(reference, call, crossAccount: false, cancellationToken);
        await policyCheck.CheckAsync(request.Policy, current.Key.Arn, request.BypassPolicyLockoutSafetyCheck == true, call, cancellationToken);
        await new KeyUpdater(store).UpdateAsync(request.KeyId, call, key => KeyState.IsPendingDeletion(key.KeyState)
            ? throw KmsErrors.PendingDeletion(key.Arn)
            : key with { Policy = request.Policy }, cancellationToken);
        return new EmptyResponse();
    }
}
