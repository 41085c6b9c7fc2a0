using Rampart.Operations;
using Rampart.Shield.Api.Common;
using Rampart.Shield.Api.Subscriptions;
using Rampart.Storage;

namespace Rampart.Shield.Api.Contacts;

/// <summary>Stops the Shield Response Team contacting the emergency contacts.</summary>
public sealed class DisableProactiveEngagement(IStore store) : ShieldOperation<EmptyRequest, EmptyResponse>
{
    public override string Name => "DisableProactiveEngagement";

    protected override OperationDeclaration<EmptyRequest> Declaration { get; } = new()
    {
        Action = "shield:DisableProactiveEngagement",
        ReadOnly = false,
    };

    protected override async Task<EmptyResponse> HandleAsync(EmptyRequest request, CallContext call, CancellationToken cancellationToken)
    {
        await new ShieldAccounts(store).UpdateSubscribedAsync(call.AccountId, account =>
            account.ProactiveEngagementStatus is null
                ? throw ShieldErrors.InvalidOperation("Proactive engagement has not been configured.")
                : account with { ProactiveEngagementStatus = "DISABLED" }, cancellationToken);
        return new EmptyResponse();
    }
}
