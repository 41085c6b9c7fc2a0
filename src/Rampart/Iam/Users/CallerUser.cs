using Rampart.Iam.Common;
using Rampart.Operations;
using Rampart.Policy;

namespace Rampart.Iam.Users;

/// <summary>Operations whose UserName is optional act on the calling IAM user when it is left out.</summary>
public static class CallerUser
{
    /// <summary>The named user, else the calling user; other callers must name one.</summary>
    public static string NameOrCaller(string? userName, CallContext call) =>
        userName ?? (call.Caller.Type == PrincipalType.User ? call.Caller.UserName : null)
        ?? throw IamErrors.Validation("Must specify userName when calling with non-User credentials");

    /// <summary>Whether the call acts on the root user's own credentials: the root user (with its keys or in a root
    /// session) named no user.</summary>
    public static bool IsRoot(string? userName, CallContext call) => userName is null && call.Caller.Type == PrincipalType.Root;

    /// <summary>Whether the call acts on the root user's console password, which IAM lets only a root session
    /// (sts:AssumeRoot) manage.</summary>
    public static bool IsRootSession(string? userName, CallContext call) => IsRoot(userName, call) && call.Caller.Session is not null;

    /// <summary>The ARN a call on <paramref name="userName"/> (or on the caller) is authorized against. The path is
    /// not in the request, so a named user is taken at the default path.</summary>
    public static string Arn(string? userName, CallContext call) =>
        userName is not null ? IamArn.User(call.AccountId, IamPath.Root, userName) : call.Caller.Arn;
}
