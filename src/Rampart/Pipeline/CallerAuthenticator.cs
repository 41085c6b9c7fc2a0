using Rampart.Hosting;
using Rampart.Identity;
using Rampart.Organizations;
using Rampart.Policy;
using Rampart.Protocol;
using Rampart.Protocol.Models;
using Rampart.Signing;

namespace Rampart.Pipeline;

/// <summary>Turns a request's SigV4 signature into its caller, with the error AWS gives for each way a signature
/// can fail. In open mode a key the server does not know acts as the default account's root user, unverified. The
/// credentials of a closed account (Organizations' CloseAccount) are refused like an inactive access key.</summary>
public sealed class CallerAuthenticator(
    SigV4Verifier verifier,
    CredentialDirectory credentials,
    ServerOptions options,
    DefaultAccount defaultAccount,
    IOrganizationDirectory organizations)
{
    public string DefaultAccountId => defaultAccount.AccountId;

    /// <param name="service">The service the request reached; null for Rampart's own endpoints.</param>
    public ValueTask<Principal> AuthenticateAsync(WireRequest request, SignatureScope? scope, ServiceModel? service, CancellationToken cancellationToken) =>
        AuthenticateAsync(request, scope, service, signatureOptional: false, cancellationToken);

    /// <param name="signatureOptional">True for operations AWS accepts unsigned: an unsigned request then acts as an
    /// anonymous caller (in the default account, where its audit record goes), which such operations must not trust.</param>
    public async ValueTask<Principal> AuthenticateAsync(WireRequest request, SignatureScope? scope, ServiceModel? service, bool signatureOptional, CancellationToken cancellationToken)
    {
        var dialect = DialectOf(service?.Protocol ?? ProtocolKind.RestJson);
        var verification = await verifier.TryVerifyAsync(request, new SignatureExpectation(service?.Name, null, dialect), cancellationToken);
        if (!verification.Succeeded)
        {
            if (options.Auth == AuthMode.Open && scope is { } presented
                && verification.Failure.Kind == SignatureFailureKind.UnknownAccessKey)
            {
                return Principal.Root(defaultAccount.AccountId, presented.AccessKeyId);
            }
            throw verification.Failure.ToException(dialect);
        }
        if (verification.Signature.IsAnonymous)
        {
            if (signatureOptional)
            {
                return new Principal(PrincipalType.Anonymous, "*", defaultAccount.AccountId, "anonymous", null, new Dictionary<string, string>(), null, null);
            }
            throw SignatureFailure.MissingAuthenticationToken.ToException(dialect);
        }
        var principal = (Principal)verification.Signature.Principal!;
        if (await organizations.FindAsync(principal.AccountId, cancellationToken) is { IsClosed: true })
        {
            throw SignatureFailure.ClosedAccount.ToException(dialect);
        }
        return principal;
    }

    /// <summary>The account owning an access key, for the audit record of a call whose authentication failed.</summary>
    public async ValueTask<string?> AccountOfKeyAsync(string? accessKeyId, CancellationToken cancellationToken) =>
        accessKeyId is not null && await credentials.FindAsync(accessKeyId, cancellationToken) is { Principal: Principal owner }
            ? owner.AccountId
            : null;

    private static AuthErrorDialect DialectOf(ProtocolKind protocol) => protocol switch
    {
        ProtocolKind.Query => AuthErrorDialect.Query,
        ProtocolKind.Json => AuthErrorDialect.Json,
        _ => AuthErrorDialect.RestJson,
    };
}
