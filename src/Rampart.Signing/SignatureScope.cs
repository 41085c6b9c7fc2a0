using Rampart.Protocol;

namespace Rampart.Signing;

/// <summary>The credential scope a request claims, read without verifying anything, so the host can route by
/// service and pick the region before it verifies.</summary>
public readonly record struct SignatureScope(string AccessKeyId, string Date, string Region, string Service, SignatureForm Form)
{
    /// <summary>Reads the scope from the Authorization header's Credential or the X-Amz-Credential query
    /// parameter; false when the request has no well-formed credential.</summary>
    public static bool TryRead(WireRequest request, out SignatureScope scope)
    {
        ArgumentNullException.ThrowIfNull(request);
        scope = default;
        var authorization = request.Header("Authorization");
        if (authorization is not null)
        {
            if (!AuthorizationHeader.IsSigV4(authorization)
                || AuthorizationHeader.TryParse(authorization, out var header) is not null
                || header.Credential is not { } credential
                || !CredentialScope.TryParse(credential.Span, out var parsed))
            {
                return false;
            }
            scope = new SignatureScope(parsed.AccessKeyId, parsed.Date, parsed.Region, parsed.Service, SignatureForm.AuthorizationHeader);
            return true;
        }
        var presigned = PresignedParameters.Read(request.QueryString);
        if (presigned.Credential is null || !CredentialScope.TryParse(presigned.Credential, out var fromQuery))
        {
            return false;
        }
        scope = new SignatureScope(fromQuery.AccessKeyId, fromQuery.Date, fromQuery.Region, fromQuery.Service, SignatureForm.QueryString);
        return true;
    }
}
