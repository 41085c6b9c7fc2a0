using Rampart.Iam.Common;
using Rampart.Iam.Passwords;
using Rampart.Operations;
using Rampart.Protocol;
using Rampart.Storage;

namespace Rampart.Iam.Account;

/// <summary>Returns the account's latest credential report, if there is one and it is at most four hours old.</summary>
public sealed class GetCredentialReport(IStore store) : Operation<NoParametersRequest, GetCredentialReportResponse>
{
    public override string Service => "iam";

    public override string Name => "GetCredentialReport";

    protected override OperationDeclaration<NoParametersRequest> Declaration { get; } = new()
    {
        Action = "iam:GetCredentialReport",
        ReadOnly = true,
    };

    protected override async Task<GetCredentialReportResponse> HandleAsync(NoParametersRequest request, CallContext call, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(GenerateCredentialReport.KeyOf(call.AccountId), cancellationToken)
            ?? throw new AwsException("ReportNotPresent", "The credential report does not exist. To generate a credential report, use GenerateCredentialReport.", 410);
        var report = IamJson.Read<CredentialReportRecord>(item.Json);
        if (report.IsExpiredAt(call.Time))
        {
            throw new AwsException("ReportExpired", "The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.", 410);
        }
        return new GetCredentialReportResponse(report.Content, "text/csv", report.GeneratedTime);
    }
}
