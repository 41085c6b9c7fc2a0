using System.Globalization;
using Rampart.Iam.ServiceLinkedRoles;
using Rampart.Operations;
using Rampart.Policy;
using Rampart.Storage;

namespace Rampart.Iam.Policies;

/// <summary>Base of the operations on one user's, group's or role's policies (PutUserPolicy, AttachRolePolicy, ...).
/// The three kinds differ only in the holder's kind, which names the operation ("Put{0}Policy" with User, Group or
/// Role), its action, and the resource it is authorized against.</summary>
public abstract class HolderPolicyOperation<TRequest, TResponse> : IamPolicyOperation<TRequest, TResponse>
    where TRequest : IHolderRequest
{
    protected HolderPolicyOperation(
        IStore store, HolderKind kind, string nameFormat, bool readOnly, Func<TRequest, IReadOnlyDictionary<string, ContextValue>>? contextKeys = null)
    {
        Store = store;
        Kind = kind;
        Name = string.Format(CultureInfo.InvariantCulture, nameFormat, kind);
        Declaration = new()
        {
            Action = "iam:" + Name,
            ReadOnly = readOnly,
            Resources = (request, call) => One(HolderArn(call, kind, request.HolderName)),
            ContextKeys = contextKeys is null ? null : (request, _) => contextKeys(request),
        };
    }

    public sealed override string Name { get; }

    protected IStore Store { get; }

    protected HolderKind Kind { get; }

    protected sealed override OperationDeclaration<TRequest> Declaration { get; }

    protected ValueTask<PolicyHolder> RequireHolderAsync(TRequest request, CallContext call, CancellationToken cancellationToken) =>
        new HolderRecords(Store).RequireAsync(call.AccountId, Kind, request.HolderName, cancellationToken);

    /// <summary>A service-linked role's policies are AWS's to change, so an edit of them is refused before anything
    /// else is checked; users and groups have no such protection.</summary>
    protected ValueTask ThrowIfProtectedAsync(TRequest request, CallContext call, CancellationToken cancellationToken) =>
        Kind == HolderKind.Role ? ServiceLinkedRolePath.ThrowIfProtectedAsync(Store, call.AccountId, request.HolderName, cancellationToken) : ValueTask.CompletedTask;
}
