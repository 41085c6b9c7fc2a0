using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tagging;
using Rampart.Organizations.Tree;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Organizations.Accounts;

public sealed record CreateAccountRequest(
    string Email, string AccountName, string? RoleName, string? IamUserAccessToBilling, IReadOnlyList<OrgTag>? Tags);

public sealed record CreateAccountResponse(CreateAccountStatusOutput CreateAccountStatus);

/// <summary>
/// Creates a member account under the root (see <see cref="AccountProvisioner"/>). AWS answers IN_PROGRESS and
/// finishes later; here the work is done before the answer, which keeps AWS's shape: the response says IN_PROGRESS
/// and DescribeCreateAccountStatus tells SUCCEEDED with the account ID, or FAILED with EMAIL_ALREADY_EXISTS.
/// </summary>
public sealed class CreateAccount(IStore store, OrganizationDirectory directory)
    : OrganizationsOperation<CreateAccountRequest, CreateAccountResponse>
{
    public override string Name => "CreateAccount";

    protected override OperationDeclaration<CreateAccountRequest> Declaration { get; } = new()
    {
        Action = "organizations:CreateAccount",
        ReadOnly = false,
        RequestTags = request => OrgTags.ToDictionary(request.Tags),
    };

    protected override async Task<CreateAccountResponse> HandleAsync(CreateAccountRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var organization = await new OrganizationAccess(store).RequireManagementAsync(call, cancellationToken);
        OrgTags.CheckRequested(request.Tags);
        var requested = new CreateAccountStatusRecord(
            OrgIds.NewCreateAccountRequestId(), request.AccountName, CreateAccountStatusRecord.InProgress, call.Time, null, null, null);
        var accountId = await new AccountProvisioner(store).CreateAsync(
            organization.Record, request.Email, request.AccountName, request.RoleName, request.Tags, call.Time, cancellationToken);
        var completed = accountId is null
            ? requested with { State = CreateAccountStatusRecord.Failed, CompletedTimestamp = DateTimeOffset.UtcNow, FailureReason = "EMAIL_ALREADY_EXISTS" }
            : requested with { State = CreateAccountStatusRecord.Succeeded, CompletedTimestamp = DateTimeOffset.UtcNow, AccountId = accountId };
        await store.PutAsync(
            new ItemKey(OrgCollections.CreateAccountStatus, organization.Record.Id, requested.Id), OrgJson.Write(completed),
            StoreWrite.Absent, cancellationToken);
        if (accountId is not null)
        {
            directory.Forget(accountId);
        }
        return new CreateAccountResponse(CreateAccountStatusOutput.Of(requested));
    }
}
