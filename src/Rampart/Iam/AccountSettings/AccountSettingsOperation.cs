using Rampart.Operations;

namespace Rampart.Iam.AccountSettings;

/// <summary>Base of the IAM operations on account-wide settings, which have no resource type.</summary>
public abstract class AccountSettingsOperation<TRequest, TResponse> : Operation<TRequest, TResponse>
{
    public sealed override string Service => "iam";
}
