using System.Text.Json.Serialization;
using Rampart.Iam.UserCredentials;
using Rampart.Iam.Users;
using Rampart.Operations;
using Rampart.Storage;

namespace Rampart.Iam.SshKeys;

public sealed record ListSSHPublicKeysRequest(string? UserName, string? Marker, int? MaxItems);

public sealed record ListSSHPublicKeysResponse(
    [property: JsonPropertyName("SSHPublicKeys")] IReadOnlyList<SshPublicKeyMetadataOutput> SshPublicKeys, bool IsTruncated, string? Marker);

/// <summary>A user's SSH public keys (the caller's when no user is named), oldest first.</summary>
public sealed class ListSSHPublicKeys(IStore store) : SshKeyOperation<ListSSHPublicKeysRequest, ListSSHPublicKeysResponse>
{
    public override string Name => "ListSSHPublicKeys";

    protected override OperationDeclaration<ListSSHPublicKeysRequest> Declaration { get; } = new()
    {
        Action = "iam:ListSSHPublicKeys",
        ReadOnly = true,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };

    protected override async Task<ListSSHPublicKeysResponse> HandleAsync(ListSSHPublicKeysRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var user = await CredentialOwner.RequireAsync(store, request.UserName, call, cancellationToken);
        var all = (await new SshPublicKeys(store).Items.OfUserAsync(call.AccountId, user.UserId, cancellationToken))
            .Select(k => k.Record).OrderBy(k => k.UploadDate)
            .Select(k => new SshPublicKeyMetadataOutput(user.UserName, k.SshPublicKeyId, k.Status, k.UploadDate)).ToList();
        var page = SmallPage.Of(all, request.Marker, request.MaxItems);
        return new ListSSHPublicKeysResponse(page.Items, page.IsTruncated, page.Marker);
    }
}
