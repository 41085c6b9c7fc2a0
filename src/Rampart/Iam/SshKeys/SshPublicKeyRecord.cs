using Rampart.Iam.UserCredentials;

namespace Rampart.Iam.SshKeys;

/// <summary>An SSH public key as stored under its user (key "USERID/KEYID").</summary>
/// <param name="SshPublicKeyBody">The key in OpenSSH form ("ssh-rsa AAAA..."), whatever form it was uploaded in.</param>
/// <param name="Fingerprint">MD5 of the key blob, colon-separated hex, as IAM shows it.</param>
public sealed record SshPublicKeyRecord(
    string AccountId,
    string UserId,
    string SshPublicKeyId,
    string SshPublicKeyBody,
    string Fingerprint,
    string Status,
    DateTimeOffset UploadDate) : IUserCredentialRecord<SshPublicKeyRecord>
{
    public SshPublicKeyRecord WithStatus(string status) => this with { Status = status };
}
