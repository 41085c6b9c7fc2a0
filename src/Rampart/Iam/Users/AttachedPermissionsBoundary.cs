namespace Rampart.Iam.Users;

/// <summary>The model's AttachedPermissionsBoundary: IAM bounds identities only with managed policies.</summary>
public sealed record AttachedPermissionsBoundary(string PermissionsBoundaryArn)
{
    public string PermissionsBoundaryType => "PermissionsBoundaryPolicy";
}
