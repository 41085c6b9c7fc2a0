using System.Text;

namespace Rampart.Signing.Tests.Support;

/// <summary>Requests the tests sign again and again.</summary>
public static class SigningSpecs
{
    public static byte[] GetCallerIdentityBody { get; } = Encoding.UTF8.GetBytes("Action=GetCallerIdentity&Version=2011-06-15");

    /// <summary>What the AWS CLI sends for <c>aws sts get-caller-identity</c>.</summary>
    public static SigningSpec GetCallerIdentity { get; } = new()
    {
        Method = "POST",
        Url = "http://127.0.0.1:4580/",
        Headers = [["Content-Type", "application/x-www-form-urlencoded; charset=utf-8"]],
        Body = GetCallerIdentityBody,
    };

    public static SigningSpec TemporaryGetCallerIdentity { get; } = GetCallerIdentity with
    {
        AccessKeyId = TestKeys.TemporaryAccessKeyId,
        Secret = TestKeys.TemporarySecret,
        Token = TestKeys.SessionToken,
    };

    /// <summary>A presigned GetCallerIdentity URL, as EKS tokens use.</summary>
    public static SigningSpec PresignedGetCallerIdentity { get; } = new()
    {
        Method = "GET",
        Url = "http://127.0.0.1:4580/?Action=GetCallerIdentity&Version=2011-06-15",
        PresignExpires = 900,
    };

    /// <summary>A JSON 1.1 call, as KMS receives it.</summary>
    public static SigningSpec KmsListKeys { get; } = new()
    {
        Method = "POST",
        Url = "http://127.0.0.1:4580/",
        Service = "kms",
        Region = "eu-west-1",
        Headers = [["Content-Type", "application/x-amz-json-1.1"], ["X-Amz-Target", "TrentService.ListKeys"]],
        Body = Encoding.UTF8.GetBytes("{\"Limit\": 10}"),
    };
}
