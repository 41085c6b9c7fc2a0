using Rampart.Iam.UserCredentials;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.ServiceCredentials;

public sealed record ResetServiceSpecificCredentialRequest(string? UserName, string ServiceSpecificCredentialId) : IUserCredentialRequest
{
    string IUserCredentialRequest.CredentialId => ServiceSpecificCredentialId;
}

public sealed record ResetServiceSpecificCredentialResponse(ServiceSpecificCredentialOutput ServiceSpecificCredential);

/// <summary>Issues a new password (or API key secret) for an existing credential; the old one stops working.</summary>
public sealed class ResetServiceSpecificCredential(IStore store)
    : UserCredentialOperation<ResetServiceSpecificCredentialRequest, ResetServiceSpecificCredentialResponse>("ResetServiceSpecificCredential")
{
    protected override async Task<ResetServiceSpecificCredentialResponse> HandleAsync(ResetServiceSpecificCredentialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var record = (await new ServiceCredentials(store).RequireAsync(call.AccountId, user.UserId, request.ServiceSpecificCredentialId, cancellationToken)).Record;
        return new ResetServiceSpecificCredentialResponse(ServiceCredentials.Output(record, user.UserName, ServiceCredentials.NewSecret(record.ServiceName), call.Time));
    }
}
