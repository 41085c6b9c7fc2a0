using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Protections;

public sealed record CreateProtectionRequest(string Name, string ResourceArn, IReadOnlyList<ShieldTag>? Tags);

public sealed record CreateProtectionResponse(string ProtectionId);

/// <summary>Protects a gateway with Shield Advanced (one protection per resource; a subscription is required).</summary>
public sealed class CreateProtection(IStore store) : ShieldOperation<CreateProtectionRequest, CreateProtectionResponse>
{
    public override string Name => "CreateProtection";

    protected override OperationDeclaration<CreateProtectionRequest> Declaration { get; } = new()
    {
        Action = "shield:CreateProtection",
        ReadOnly = false,
        Resources = (request, call) => [$"arn:aws:shield::{call.AccountId}:protection/*"],
        RequestTags = request => ShieldTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateProtectionResponse> HandleAsync(CreateProtectionRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).SubscribedAsync(call.AccountId, cancellationToken);
        var type = ProtectedResource.TypeOf(request.ResourceArn, call);
        var tags = ShieldTags.Validate(request.Tags);
        var protections = new ProtectionStore(store);
        if ((await protections.AllAsync(call.AccountId, cancellationToken)).Count(p => p.ResourceType == type) >= SubscriptionLimits.MaxApplicationLoadBalancerProtections)
        {
            throw ShieldErrors.LimitsExceeded(type, SubscriptionLimits.MaxApplicationLoadBalancerProtections);
        }
        var id = Guid.NewGuid().ToString();
        var record = new ProtectionRecord(id, request.Name, request.ResourceArn, type, $"arn:aws:shield::{call.AccountId}:protection/{id}", [], null, tags);
        await protections.CreateAsync(call.AccountId, record, cancellationToken);
        return new CreateProtectionResponse(id);
    }
}
