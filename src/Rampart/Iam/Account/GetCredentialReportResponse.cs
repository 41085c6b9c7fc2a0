namespace Rampart.Iam.Account;

/// <param name="Content">The CSV, base64-encoded (the model's blob).</param>
public sealed record GetCredentialReportResponse(string Content, string ReportFormat, DateTimeOffset GeneratedTime);
