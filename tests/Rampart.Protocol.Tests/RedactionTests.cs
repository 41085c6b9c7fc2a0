using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

/// <summary>Sensitive members are hidden the way CloudTrail hides them in requestParameters and responseElements.</summary>
public class RedactionTests
{
    private const string Hidden = "HIDDEN_DUE_TO_SECURITY_REASONS";

    [Fact]
    public void Sensitive_input_members_are_replaced_and_the_original_is_untouched()
    {
        var operation = ServiceCatalog.Default.Find("iam")!.FindOperation("CreateLoginProfile")!;
        var input = new JsonObject { ["UserName"] = "alice", ["Password"] = "hunter2!", ["PasswordResetRequired"] = true };

        var redacted = operation.RedactInput(input)!;

        Assert.Equal(Hidden, redacted.Text("Password"));
        Assert.Equal("alice", redacted.Text("UserName"));
        Assert.True(redacted["PasswordResetRequired"]!.GetValue<bool>());
        Assert.Equal("hunter2!", input.Text("Password"));
    }

    [Fact]
    public void Nested_sensitive_output_members_are_replaced()
    {
        var operation = ServiceCatalog.Default.Find("sts")!.FindOperation("AssumeRole")!;
        var output = new JsonObject
        {
            ["Credentials"] = new JsonObject
            {
                ["AccessKeyId"] = "ASIAEXAMPLE",
                ["SecretAccessKey"] = "wJalrXUtnFEMI",
                ["SessionToken"] = "token",
                ["Expiration"] = "2030-01-01T00:00:00Z",
            },
        };

        var redacted = operation.RedactOutput(output)!;

        Assert.Equal(Hidden, redacted.Text("Credentials.SecretAccessKey"));
        Assert.Equal("ASIAEXAMPLE", redacted.Text("Credentials.AccessKeyId"));
    }

    [Fact]
    public void Sensitive_blobs_and_list_elements_are_replaced()
    {
        var kms = ServiceCatalog.Default.Find("kms")!;
        var decrypt = kms.FindOperation("Decrypt")!.RedactOutput(new JsonObject { ["KeyId"] = "k", ["Plaintext"] = "c2VjcmV0" })!;
        Assert.Equal(Hidden, decrypt.Text("Plaintext"));
        Assert.Equal("k", decrypt.Text("KeyId"));

        var create = ServiceCatalog.Default.Find("iam")!.FindOperation("CreateServiceSpecificCredential")!;
        var credential = create.RedactOutput(new JsonObject
        {
            ["ServiceSpecificCredential"] = new JsonObject { ["ServiceUserName"] = "alice-at-1", ["ServicePassword"] = "p@ss" },
        })!;
        Assert.Equal(Hidden, credential.Text("ServiceSpecificCredential.ServicePassword"));
        Assert.Equal("alice-at-1", credential.Text("ServiceSpecificCredential.ServiceUserName"));
    }
}
