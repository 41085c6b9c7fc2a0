using Rampart.Iam.Users;
using Rampart.Operations;

namespace Rampart.Iam.UserCredentials;

/// <summary>Base of the operations that change one credential of a user (an access key, a signing certificate, an
/// SSH public key, a service-specific credential), authorized against the owning user.</summary>
public abstract class UserCredentialOperation<TRequest, TResponse>(string name) : Operation<TRequest, TResponse>
    where TRequest : IUserCredentialRequest
{
    public sealed override string Service => "iam";

    public sealed override string Name => name;

    protected sealed override OperationDeclaration<TRequest> Declaration { get; } = new()
    {
        Action = "iam:" + name,
        ReadOnly = false,
        Resources = (request, call) => [CallerUser.Arn(request.UserName, call)],
    };
}
