namespace Rampart.Iam.UserCredentials;

/// <summary>A stored user credential whose status a caller may change (a signing certificate, an SSH public key, a
/// service-specific credential).</summary>
public interface IUserCredentialRecord<TSelf>
    where TSelf : IUserCredentialRecord<TSelf>
{
    TSelf WithStatus(string status);
}
