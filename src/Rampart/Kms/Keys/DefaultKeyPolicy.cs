namespace Rampart.Kms.Keys;

/// <summary>The key policy KMS gives a key created without one: the account's root may do everything, which
/// delegates access to the account's IAM policies.</summary>
public static class DefaultKeyPolicy
{
    public const string Name = "default";

    public static string For(string accountId) => $$"""
        {
          "Version" : "2012-10-17",
          "Id" : "key-default-1",
          "Statement" : [ {
            "Sid" : "Enable IAM User Permissions",
            "Effect" : "Allow",
            "Principal" : {
              "AWS" : "arn:aws:iam::{{accountId}}:root"
            },
            "Action" : "kms:*",
            "Resource" : "*"
          } ]
        }
        """;
}
