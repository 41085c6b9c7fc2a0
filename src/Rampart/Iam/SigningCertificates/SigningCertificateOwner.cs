namespace Rampart.Iam.SigningCertificates;

/// <summary>Which user's certificate holds a thumbprint.</summary>
public sealed record SigningCertificateOwner(string UserId, string CertificateId);
