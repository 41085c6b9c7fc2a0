namespace Rampart.Iam.Policies;

/// <summary>The model's PolicyVersion shape. <see cref="Document"/> is URL-encoded (RFC 3986) as IAM returns it, and
/// only GetPolicyVersion and CreatePolicyVersion's callers see it; listings leave it out.</summary>
public sealed record PolicyVersionInfo(string? Document, string VersionId, bool IsDefaultVersion, DateTimeOffset CreateDate)
{
    public static PolicyVersionInfo Of(PolicyVersionRecord version, string defaultVersionId, bool withDocument) => new(
        withDocument ? Uri.EscapeDataString(version.Document) : null, version.VersionId, version.VersionId == defaultVersionId, version.CreateDate);
}
