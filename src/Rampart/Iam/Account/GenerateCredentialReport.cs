using System.Text;
using Rampart.Audit;
using Rampart.Iam.AccessKeys;
using Rampart.Iam.Common;
using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Storage;
using Rampart.Storage.Items;

namespace Rampart.Iam.Account;

/// <summary>Generates the account's credential report unless one younger than four hours exists, as IAM does.
/// The report is built within the call, so it is ready as soon as the call answers STARTED.</summary>
public sealed class GenerateCredentialReport(IStore store, IAuditTrail audit) : Operation<NoParametersRequest, GenerateCredentialReportResponse>
{
    private readonly CredentialReportBuilder builder = new(store, new AccessKeyUsage(store, audit));

    public override string Service => "iam";

    public override string Name => "GenerateCredentialReport";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:GenerateCredentialReport",
        ReadOnly = false,
    };

    public static ItemKey KeyOf(string accountId) => new(IamCollections.CredentialReport, accountId, "report");

    protected override async Task<GenerateCredentialReportResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(KeyOf(call.AccountId), cancellationToken) is { } item && !IamJson.Read<CredentialReportRecord>(item.Json).IsExpiredAt(call.Time))
        {
            return new GenerateCredentialReportResponse("COMPLETE", "");
        }
        var csv = await builder.BuildAsync(call.AccountId, cancellationToken);
        var report = new CredentialReportRecord(IamClock.ToSeconds(call.Time), Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)));
        await store.PutAsync(KeyOf(call.AccountId), IamJson.Write(report), cancellationToken: cancellationToken);
        return new GenerateCredentialReportResponse("STARTED", "No report exists. Starting a new report generation task");
    }
}
