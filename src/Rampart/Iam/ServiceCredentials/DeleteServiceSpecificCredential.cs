using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServiceCredentials;

public sealed record DeleteServiceSpecificCredentialRequest(string? UserName, string ServiceSpecificCredentialId);

/// <summary>Deletes a service-specific credential.</summary>
public sealed class DeleteServiceSpecificCredential(IStore store) : ServiceCredentialOperation<DeleteServiceSpecificCredentialRequest, EmptyResponse>
{
    public override string Name => "DeleteServiceSpecificCredential";

    protected override OperationDeclaration<DeleteServiceSpecificCredentialRequest> Declaration { get; } = new()
    {
        Action = "iam:DeleteServiceSpecificCredential",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(DeleteServiceSpecificCredentialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var credentials = new ServiceCredentials(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await credentials.RequireAsync(call.AccountId, user.UserId, request.ServiceSpecificCredentialId, token);
            return await store.CommitAsync([new StoreWrite.Delete(credentials.Items.KeyOf(call.AccountId, user.UserId, request.ServiceSpecificCredentialId), current.Version)], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
