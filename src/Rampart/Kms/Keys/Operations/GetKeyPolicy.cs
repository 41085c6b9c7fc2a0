using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Keys.Operations;

public sealed record GetKeyPolicyRequest(string KeyId, string? PolicyName);

public sealed record GetKeyPolicyResponse(string Policy, string PolicyName);

/// <summary>Returns a key's policy; a key has exactly one, named "default".</summary>
public sealed class GetKeyPolicy(IStore store, KeyArnResolver arns) : KmsOperation<GetKeyPolicyRequest, GetKeyPolicyResponse>
{
    public override string Name => "GetKeyPolicy";

    protected override OperationDeclaration<GetKeyPolicyRequest> Declaration { get; } = new()
    {
        Action = "kms:GetKeyPolicy",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (_, call) => new KmsConditionKeys(call).Keys,
    };

    protected override async Task<GetKeyPolicyResponse> HandleAsync(GetKeyPolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        KeyPolicyName.Require(request.PolicyName);
        var stored = await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: false, cancellationToken);
        return new GetKeyPolicyResponse(stored.Key.Policy, DefaultKeyPolicy.Name);
    }
}
