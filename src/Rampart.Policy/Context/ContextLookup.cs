namespace Rampart.Policy;

/// <summary>Resolves a policy's context key against a request: the request context first, then values derived from
/// the principal. Never allocates.</summary>
internal static class ContextLookup
{
    public static bool TryGet(AuthorizationRequest request, ContextKey key, out KeyValues values)
    {
        if (request.Context.TryGetValue(key.Name, out var value))
        {
            values = value.IsMultivalued ? new KeyValues(value.MultipleValues!) : new KeyValues(value.SingleValue);
            return true;
        }
        if (key.Derived != DerivedKey.None && TryDerive(request.Principal, key.Derived, out var derived))
        {
            values = new KeyValues(derived);
            return true;
        }
        values = default;
        return false;
    }

    /// <summary>A single-valued key's value, as policy variables need; multivalued keys have none.</summary>
    public static bool TryGetSingle(AuthorizationRequest request, ContextKey key, out ReadOnlySpan<char> value)
    {
        if (TryGet(request, key, out var values) && !values.IsMultivalued)
        {
            value = values[0];
            return true;
        }
        value = default;
        return false;
    }

    public static bool IsPresent(AuthorizationRequest request, ContextKey key) => TryGet(request, key, out _);

    private static bool TryDerive(PrincipalInfo principal, DerivedKey key, out ReadOnlySpan<char> value)
    {
        value = default;
        switch (key)
        {
            case DerivedKey.UserName when principal.Type == PrincipalType.User:
                var arn = principal.Arn.AsSpan();
                value = arn[(arn.LastIndexOf('/') + 1)..];
                return true;
            case DerivedKey.UserId when principal.UserId is not null:
                value = principal.UserId;
                return true;
            case DerivedKey.UserId when principal.Type == PrincipalType.Anonymous:
                // IAM's principal key values: an anonymous caller's aws:userid is "anonymous".
                value = AnonymousUserId;
                return true;
            case DerivedKey.PrincipalArn when principal.IsIamIdentity:
                value = principal.Type == PrincipalType.AssumedRole && principal.RoleArn is not null ? principal.RoleArn : principal.Arn;
                return true;
            case DerivedKey.PrincipalAccount when principal.AccountId is not null:
                value = principal.AccountId;
                return true;
            case DerivedKey.PrincipalType:
                value = principal.Type switch
                {
                    PrincipalType.Root => "Account",
                    PrincipalType.User => "User",
                    PrincipalType.AssumedRole => "AssumedRole",
                    PrincipalType.FederatedUser => "FederatedUser",
                    PrincipalType.Anonymous => "Anonymous",
                    _ => default,
                };
                return !value.IsEmpty;
            case DerivedKey.PrincipalIsAwsService:
                value = principal.Type == PrincipalType.Service ? "true" : "false";
                return true;
            case DerivedKey.PrincipalServiceName when principal.Type == PrincipalType.Service:
                value = principal.Arn;
                return true;
            default:
                return false;
        }
    }

    private const string AnonymousUserId = "anonymous";
}
