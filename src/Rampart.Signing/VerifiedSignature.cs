using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Rampart.Signing;

/// <summary>Who signed a request, or <see cref="Anonymous"/> when it carried no signature at all.
/// Its text form never shows the session token.</summary>
public sealed record VerifiedSignature
{
    /// <summary>A request with neither an Authorization header nor presigned query parameters; the host decides
    /// whether that is allowed (open mode, unsigned STS operations) or answers MissingAuthenticationToken.</summary>
    public static VerifiedSignature Anonymous { get; } = new();

    public SignatureForm Form { get; init; }

    [MemberNotNullWhen(false, nameof(Credential), nameof(Region), nameof(Service))]
    public bool IsAnonymous => Form == SignatureForm.None;

    public SigningCredential? Credential { get; init; }

    /// <summary>The region of the credential scope: where regional resources of this request live.</summary>
    public string? Region { get; init; }

    /// <summary>The service of the credential scope.</summary>
    public string? Service { get; init; }

    /// <summary>X-Amz-Date (or Date) of the request.</summary>
    public DateTimeOffset SigningTime { get; init; }

    /// <summary>The session token presented with a temporary credential.</summary>
    public string? SessionToken { get; init; }

    /// <summary>False when the client declared UNSIGNED-PAYLOAD, so the body is not covered by the signature.</summary>
    public bool PayloadSigned { get; init; }

    public object? Principal => Credential?.Principal;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Form = ").Append(Form)
            .Append(", Credential = ").Append(Credential)
            .Append(", Region = ").Append(Region)
            .Append(", Service = ").Append(Service)
            .Append(", SigningTime = ").Append(SigningTime)
            .Append(", PayloadSigned = ").Append(PayloadSigned);
        return true;
    }
}
