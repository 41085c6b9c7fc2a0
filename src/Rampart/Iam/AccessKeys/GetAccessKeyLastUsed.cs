using Rampart.Audit;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.AccessKeys;

/// <summary>Tells when, with which service and in which region an access key of the account was last used.</summary>
public sealed class GetAccessKeyLastUsed(IStore store, IAuditTrail audit) : Operation<GetAccessKeyLastUsedRequest, GetAccessKeyLastUsedResponse>
{
    private readonly AccessKeyDirectory keys = new(store);
    private readonly AccessKeyUsage usage = new(store, audit);

    public override string Service => "iam";

    public override string Name => "GetAccessKeyLastUsed";

    protected override OperationDeclaration<GetAccessKeyLastUsedRequest> Declaration { get; } = new()
    {
        Action = "iam:GetAccessKeyLastUsed",
        ReadOnly = true,
    };

    protected override async Task<GetAccessKeyLastUsedResponse> HandleAsync(GetAccessKeyLastUsedRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(request.AccessKeyId, cancellationToken);
        if (key is null || key.Key.AccountId != call.AccountId)
        {
            throw IamErrors.NoSuchEntity($"The Access Key with id {request.AccessKeyId} cannot be found.");
        }
        return new GetAccessKeyLastUsedResponse(key.Key.UserName, await usage.LastUsedAsync(call.AccountId, request.AccessKeyId, cancellationToken));
    }
}
