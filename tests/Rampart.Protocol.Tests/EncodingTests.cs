using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Rampart.Protocol.Tests;

/// <summary>How handlers' typed records meet the codec: System.Text.Json with the model's member names.</summary>
public class EncodingTests
{
    private sealed record Tag(string Key, string Value);
    private sealed record CreateUserRequest(string UserName, string? Path, IReadOnlyList<Tag>? Tags);
    private sealed record User(string Path, string UserName, string UserId, string Arn, DateTimeOffset CreateDate);
    private sealed record CreateUserResponse(User User);
    private sealed record EncryptRequest(string KeyId, byte[] Plaintext);

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    [Fact]
    public void Decoded_input_deserializes_into_typed_records_with_timestamps_and_blobs()
    {
        var (_, input) = Sdk.Send("iam", "CreateUser", new JsonObject
        {
            ["UserName"] = "bob",
            ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "k", ["Value"] = "v" }),
        });
        var request = input.Deserialize<CreateUserRequest>(Options)!;
        Assert.Equal("bob", request.UserName);
        Assert.Null(request.Path);
        Assert.Equal(new Tag("k", "v"), request.Tags!.Single());

        var (_, encryptInput) = Sdk.Send("kms", "Encrypt", new JsonObject { ["KeyId"] = "k", ["Plaintext"] = Botocore.Bytes("secret") });
        Assert.Equal("secret", Encoding.UTF8.GetString(encryptInput.Deserialize<EncryptRequest>(Options)!.Plaintext));
    }

    [Fact]
    public void Typed_output_serialized_by_System_Text_Json_encodes_for_botocore()
    {
        var created = new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(2));
        var output = JsonSerializer.SerializeToNode(new CreateUserResponse(
            new User("/", "bob", "AIDAEXAMPLE", "arn:aws:iam::123456789012:user/bob", created)), Options)!.AsObject();

        var parsed = Botocore.Parse("iam", "CreateUser", ProtocolCodec.EncodeOutput(Sdk.Route("iam", "CreateUser"), output, Sdk.RequestId));

        Assert.Equal("2024-07-01T06:00:00.000000Z", parsed.Text("User.CreateDate"));
    }

    [Fact]
    public void Output_that_does_not_fit_the_model_is_a_defect_and_does_not_spoil_later_responses()
    {
        var route = Sdk.Route("iam", "ListUsers");
        Assert.Throws<InvalidOperationException>(() =>
            ProtocolCodec.EncodeOutput(route, new JsonObject { ["Users"] = new JsonArray(new JsonObject { ["CreateDate"] = "yesterday" }) }, "r1"));

        var response = ProtocolCodec.EncodeOutput(route, new JsonObject { ["Users"] = new JsonArray(), ["IsTruncated"] = false }, "r2");

        var xml = XDocument.Parse(Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("ListUsersResponse", xml.Root!.Name.LocalName);
        Assert.Equal("false", xml.Descendants().Single(e => e.Name.LocalName == "IsTruncated").Value);
    }

    [Fact]
    public void Query_xml_escapes_text_and_omits_null_members()
    {
        var route = Sdk.Route("sts", "GetCallerIdentity");
        var response = ProtocolCodec.EncodeOutput(route, new JsonObject { ["UserId"] = "<&>\"", ["Account"] = null, ["Arn"] = "a" }, "r");

        var body = Encoding.UTF8.GetString(response.Body.Span);
        Assert.Contains("<UserId>&lt;&amp;&gt;\"</UserId>", body);
        Assert.DoesNotContain("Account", body);
    }

    [Fact]
    public void Operations_without_output_answer_an_empty_result()
    {
        var deleteUser = ProtocolCodec.EncodeOutput(Sdk.Route("iam", "DeleteUser"), null, "r");
        Assert.Equal(
            "<DeleteUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteUserResponse>",
            Encoding.UTF8.GetString(deleteUser.Body.Span));

        var enableRotation = ProtocolCodec.EncodeOutput(Sdk.Route("kms", "EnableKeyRotation"), null, "r");
        Assert.Equal("{}", Encoding.UTF8.GetString(enableRotation.Body.Span));
    }

    [Fact]
    public void Rest_json_responses_use_the_models_status_code()
    {
        var tag = ProtocolCodec.EncodeOutput(Sdk.Route("guardduty", "TagResource"), [], "r");
        var delete = ProtocolCodec.EncodeOutput(Sdk.Route("guardduty", "DeleteDetector"), [], "r");

        Assert.Equal(204, tag.StatusCode);
        Assert.True(tag.Body.IsEmpty);
        Assert.Equal(200, delete.StatusCode);
        Assert.Equal("application/json", delete.Header("Content-Type"));
        Assert.Empty(Botocore.Parse("guardduty", "TagResource", tag));
    }
}
