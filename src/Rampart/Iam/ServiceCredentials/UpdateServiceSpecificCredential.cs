using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServiceCredentials;

public sealed record UpdateServiceSpecificCredentialRequest(string? UserName, string ServiceSpecificCredentialId, string Status);

/// <summary>Makes a service-specific credential Active or Inactive.</summary>
public sealed class UpdateServiceSpecificCredential(IStore store) : ServiceCredentialOperation<UpdateServiceSpecificCredentialRequest, EmptyResponse>
{
    public override string Name => "UpdateServiceSpecificCredential";

    protected override OperationDeclaration<UpdateServiceSpecificCredentialRequest> Declaration { get; } = new()
    {
        Action = "iam:UpdateServiceSpecificCredential",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<EmptyResponse> HandleAsync(UpdateServiceSpecificCredentialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var status = CredentialStatus.Settable(request.Status);
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var credentials = new ServiceCredentials(store);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await credentials.RequireAsync(call.AccountId, user.UserId, request.ServiceSpecificCredentialId, token);
            return await store.CommitAsync(
                [new StoreWrite.Put(credentials.Items.KeyOf(call.AccountId, user.UserId, request.ServiceSpecificCredentialId), IamJson.Write(current.Record with { Status = status }), current.Version)],
                token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
