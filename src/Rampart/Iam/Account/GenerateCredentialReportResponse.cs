namespace Rampart.Iam.Account;

public sealed record GenerateCredentialReportResponse(string State, string Description);
