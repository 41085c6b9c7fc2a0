using Rampart.Iam.Common;
using Rampart.Operations;

namespace Rampart.Iam.ServerCertificates;

/// <summary>Base of the IAM operations on server certificates, authorized against the certificate's ARN at the
/// default path (the path is not in most requests).</summary>
public abstract class ServerCertificateOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";

    protected static IReadOnlyList<string> CertificateArn(CallContext call, string name, string? path = null) =>
        [IamArn.Of(call.AccountId, "server-certificate", path, name)];
}
