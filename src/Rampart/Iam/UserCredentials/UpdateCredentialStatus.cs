using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.UserCredentials;

/// <summary>Update{SigningCertificate,SSHPublicKey,ServiceSpecificCredential}: makes a user's credential Active or
/// Inactive.</summary>
public abstract class UpdateCredentialStatus<TRequest, TRecord>(IStore store, string name, IUserCredentials<TRecord> credentials)
    : UserCredentialOperation<TRequest, EmptyResponse>(name)
    where TRequest : ICredentialStatusRequest
    where TRecord : IUserCredentialRecord<TRecord>
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var status = CredentialStatus.Settable(request.Status);
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await credentials.RequireAsync(call.AccountId, user.UserId, request.CredentialId, token);
            return await store.CommitAsync(
                [new StoreWrite.Put(credentials.Items.KeyOf(call.AccountId, user.UserId, request.CredentialId), IamJson.Write(current.Record.WithStatus(status)), current.Version)],
                token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
