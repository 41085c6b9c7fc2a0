using System.Text.Json;
using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy.Parsing;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Policies.Managed;

public sealed record CreatePolicyRequest(string PolicyName, string? Path, string PolicyDocument, string? Description, IReadOnlyList<IamTag>? Tags);

public sealed record CreatePolicyResponse(PolicyInfo Policy);

/// <summary>Creates a customer managed policy with its document as version v1, the default.</summary>
public sealed class CreatePolicy(IStore store) : IamPolicyOperation<CreatePolicyRequest, CreatePolicyResponse>
{
    public override string Name => "CreatePolicy";

    protected override OperationDeclaration<CreatePolicyRequest> Declaration { get; } = new()
    {
        Action = "iam:CreatePolicy",
        ReadOnly = false,
        Resources = (request, call) => One(IamArn.Policy(call.AccountId, request.Path, request.PolicyName)),
        RequestTags = request => IamTags.ToDictionary(request.Tags ?? []),
    };

    protected override async Task<CreatePolicyResponse> HandleAsync(CreatePolicyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        IamTags.CheckRequested(request.Tags);
        var path = IamPath.OrRoot(request.Path);
        var arn = PolicyArn.Of(call.AccountId, path, request.PolicyName);
        PolicyDocuments.Parse(request.PolicyDocument, arn, PolicySizeQuota.ManagedPolicy);
        var record = new ManagedPolicyRecord(
            request.PolicyName,
            IamIds.NewManagedPolicyId(),
            arn,
            path,
            request.Description,
            IamClock.ToSeconds(call.Time),
            IamClock.ToSeconds(call.Time),
            "v1",
            2,
            [new PolicyVersionRecord("v1", request.PolicyDocument, IamClock.ToSeconds(call.Time))],
            request.Tags ?? [],
            0,
            0);
        await AccountQuota.Policies.EnsureRoomAsync(store, call.AccountId, cancellationToken);
        try
        {
            var version = await store.PutAsync(
                ManagedPolicies.KeyOf(call.AccountId, request.PolicyName), JsonSerializer.Serialize(record), StoreWrite.Absent, cancellationToken);
            return new CreatePolicyResponse(ManagedPolicy.FromRecord(record, version).Describe(withDetails: true));
        }
        catch (ConcurrencyConflictException)
        {
            throw PolicyErrors.AlreadyExists(request.PolicyName);
        }
    }
}
