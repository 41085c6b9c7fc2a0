using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.UserCredentials;

/// <summary>Delete{SigningCertificate,SSHPublicKey,ServiceSpecificCredential}: removes a credential from its user.</summary>
public abstract class DeleteUserCredential<TRequest, TRecord>(IStore store, string name, IUserCredentials<TRecord> credentials)
    : UserCredentialOperation<TRequest, EmptyResponse>(name)
    where TRequest : IUserCredentialRequest
{
    protected sealed override async Task<EmptyResponse> HandleAsync(TRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        await StoreRetry.RunAsync(async token =>
        {
            var current = await credentials.RequireAsync(call.AccountId, user.UserId, request.CredentialId, token);
            return await store.CommitAsync(
            [
                new StoreWrite.Delete(credentials.Items.KeyOf(call.AccountId, user.UserId, request.CredentialId), current.Version),
                .. credentials.AlsoDeleted(call.AccountId, current.Record),
            ], token);
        }, cancellationToken: cancellationToken);
        return EmptyResponse.Instance;
    }
}
