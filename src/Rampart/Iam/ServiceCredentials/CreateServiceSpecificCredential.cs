using System.Security.Cryptography;
using Rampart.Iam.Common;
using Rampart.Iam.UserCredentials;
using Rampart.Identity;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.ServiceCredentials;

public sealed record CreateServiceSpecificCredentialRequest(string UserName, string ServiceName, int? CredentialAgeDays);

public sealed record CreateServiceSpecificCredentialResponse(ServiceSpecificCredentialOutput ServiceSpecificCredential);

/// <summary>Creates a credential for one service, at most two per user and service. CodeCommit and Keyspaces get
/// the user name "USER-at-ACCOUNT" and a password; Bedrock gets an API key, optionally expiring after
/// CredentialAgeDays.</summary>
public sealed class CreateServiceSpecificCredential(IStore store) : ServiceCredentialOperation<CreateServiceSpecificCredentialRequest, CreateServiceSpecificCredentialResponse>
{
    private const string IdPrefix = "ACCA";

    public override string Name => "CreateServiceSpecificCredential";

    protected override OperationDeclaration<CreateServiceSpecificCredentialRequest> Declaration { get; } = new()
    {
        Action = "iam:CreateServiceSpecificCredential",
        ReadOnly = false,
        Resources = (request, call) => OwnerArn(call, request.UserName),
    };

    protected override async Task<CreateServiceSpecificCredentialResponse> HandleAsync(CreateServiceSpecificCredentialRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var service = CredentialServices.Require(request.ServiceName);
        if (request.CredentialAgeDays is not null && !CredentialServices.IsApiKey(service))
        {
            throw IamErrors.InvalidInput($"CredentialAgeDays is not supported for service {service}.");
        }
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var credentials = new ServiceCredentials(store);
        var owned = await credentials.Items.OfUserAsync(call.AccountId, user.UserId, cancellationToken);
        if (owned.Count(c => c.Record.ServiceName == service) >= ServiceCredentials.MaxPerUserPerService)
        {
            throw IamErrors.LimitExceeded($"Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: {ServiceCredentials.MaxPerUserPerService}.");
        }
        var created = IamClock.ToSeconds(call.Time);
        var apiKey = CredentialServices.IsApiKey(service);
        var record = new ServiceCredentialRecord(
            call.AccountId, user.UserId, CredentialGenerator.UniqueId(IdPrefix), service,
            apiKey ? null : $"{user.UserName}-at-{call.AccountId}",
            apiKey ? $"BedrockAPIKey-{RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 4)}-at-{call.AccountId}" : null,
            CredentialStatus.Active, created, request.CredentialAgeDays is { } days ? created.AddDays(days) : null);
        await IamConflicts.CreatingAsync(
            () => store.CommitAsync([new StoreWrite.Put(credentials.Items.KeyOf(call.AccountId, user.UserId, record.ServiceSpecificCredentialId), IamJson.Write(record), StoreWrite.Absent)], cancellationToken),
            _ => null);
        return new CreateServiceSpecificCredentialResponse(ServiceCredentials.Output(record, user.UserName, ServiceCredentials.NewSecret(service), call.Time));
    }
}
