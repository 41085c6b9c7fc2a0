using Rampart.Audit;
using Rampart.Kms.Common;
using Rampart.Kms.Enforcement;
using Rampart.Kms.Keys;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Kms.Usage.Operations;

public sealed record GetKeyLastUsageRequest(string KeyId);

public sealed record KeyLastUsageData(string Operation, DateTimeOffset Timestamp, string CloudTrailEventId, string KmsRequestId);

public sealed record GetKeyLastUsageResponse(string KeyId, KeyLastUsageData? KeyLastUsage, DateTimeOffset TrackingStartDate, DateTimeOffset KeyCreationDate);

/// <summary>When and how a key was last used successfully, from the audit trail; tracking starts when the key is made.</summary>
public sealed class GetKeyLastUsage(IStore store, KeyArnResolver arns, IAuditTrail audit) : KmsOperation<GetKeyLastUsageRequest, GetKeyLastUsageResponse>
{
    public override string Name => "GetKeyLastUsage";

    protected override OperationDeclaration<GetKeyLastUsageRequest> Declaration { get; } = new()
    {
        Action = "kms:GetKeyLastUsage",
        ReadOnly = true,
        Resources = (request, call) => [arns.KeyArn(request.KeyId, call)],
        ContextKeys = (request, call) => new KmsConditionKeys(call).KeyId(request.KeyId).Keys,
    };

    protected override async Task<GetKeyLastUsageResponse> HandleAsync(GetKeyLastUsageRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var key = (await new KeyDirectory(store).RequireAsync(KeyReference.Parse(request.KeyId, call), call, crossAccount: true, cancellationToken)).Key;
        // The trail writes behind the calls it records: a use answered just now may not be in the log yet.
        await audit.FlushAsync(cancellationToken);
        var last = await new KeyUsageHistory(store).FindAsync(key.AccountId, key.Region, key.Arn, cancellationToken);
        return new GetKeyLastUsageResponse(
            key.Arn,
            last is null ? null : new KeyLastUsageData(last.Operation, last.Timestamp, last.CloudTrailEventId, last.KmsRequestId),
            key.CreationDate,
            key.CreationDate);
    }
}
