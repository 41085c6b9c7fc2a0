using System.Text.Json.Nodes;

namespace Rampart.Protocol.Tests;

/// <summary>IAM and STS over the Query protocol, checked against botocore's serializer and parser.</summary>
public class QueryProtocolTests
{
    [Fact]
    public void Iam_CreateUser_with_tags_decodes_from_botocores_form_body()
    {
        var (route, input) = Sdk.Send("iam", "CreateUser", new JsonObject
        {
            ["UserName"] = "alice",
            ["Path"] = "/engineering/",
            ["Tags"] = new JsonArray(
                new JsonObject { ["Key"] = "team", ["Value"] = "security" },
                new JsonObject { ["Key"] = "cost center", ["Value"] = "42 + more: /x=y" }),
        });

        Assert.Equal("CreateUser", route.Operation.Name);
        Assert.Equal("alice", input.Text("UserName"));
        Assert.Equal("/engineering/", input.Text("Path"));
        Assert.Equal(2, input["Tags"]!.AsArray().Count);
        Assert.Equal("cost center", input.Text("Tags.1.Key"));
        Assert.Equal("42 + more: /x=y", input.Text("Tags.1.Value"));
    }

    [Fact]
    public void Iam_CreateUser_output_parses_in_botocore_with_timestamp_and_tags()
    {
        var parsed = Sdk.Receive("iam", "CreateUser", new JsonObject
        {
            ["User"] = new JsonObject
            {
                ["Path"] = "/",
                ["UserName"] = "alice",
                ["UserId"] = "AIDAEXAMPLE0000000001",
                ["Arn"] = "arn:aws:iam::123456789012:user/alice",
                ["CreateDate"] = "2024-05-01T12:30:45+00:00",
                ["Tags"] = new JsonArray(new JsonObject { ["Key"] = "team", ["Value"] = "<security>" }),
            },
        });

        Assert.Equal("alice", parsed.Text("User.UserName"));
        Assert.Equal("2024-05-01T12:30:45.000000Z", parsed.Text("User.CreateDate"));
        Assert.Equal("<security>", parsed.Text("User.Tags.0.Value"));
    }

    [Fact]
    public void Iam_ListUsers_output_carries_member_lists_IsTruncated_and_Marker()
    {
        var users = new JsonArray();
        foreach (var name in new[] { "a", "b", "c" })
        {
            users.Add(new JsonObject
            {
                ["Path"] = "/",
                ["UserName"] = name,
                ["UserId"] = "AIDA" + name.ToUpperInvariant() + "00000000000000000",
                ["Arn"] = "arn:aws:iam::123456789012:user/" + name,
                ["CreateDate"] = "2023-01-02T03:04:05Z",
            });
        }

        var parsed = Sdk.Receive("iam", "ListUsers", new JsonObject
        {
            ["Users"] = users,
            ["IsTruncated"] = true,
            ["Marker"] = "next-page",
        });

        Assert.Equal(3, parsed["Users"]!.AsArray().Count);
        Assert.Equal("c", parsed.Text("Users.2.UserName"));
        Assert.True(parsed["IsTruncated"]!.GetValue<bool>());
        Assert.Equal("next-page", parsed.Text("Marker"));
    }

    [Fact]
    public void Empty_lists_and_empty_strings_survive_botocores_xml_parser()
    {
        var parsed = Sdk.Receive("iam", "ListUsers", new JsonObject { ["Users"] = new JsonArray(), ["IsTruncated"] = false, ["Marker"] = "" });

        Assert.Empty(parsed["Users"]!.AsArray());
        Assert.False(parsed["IsTruncated"]!.GetValue<bool>());
        Assert.Equal("", parsed.Text("Marker"));
    }

    [Fact]
    public void Iam_ListUsers_query_parameters_decode_numbers()
    {
        var (_, input) = Sdk.Send("iam", "ListUsers", new JsonObject { ["MaxItems"] = 5, ["Marker"] = "m1" });

        Assert.Equal(5, input["MaxItems"]!.GetValue<int>());
        Assert.Equal("m1", input.Text("Marker"));
    }

    [Fact]
    public void Sts_GetCallerIdentity_round_trips_through_botocore()
    {
        var (route, input) = Sdk.Send("sts", "GetCallerIdentity", []);
        Assert.Equal("GetCallerIdentity", route.Operation.Name);
        Assert.Empty(input);

        var response = ProtocolCodec.EncodeOutput(route, new JsonObject
        {
            ["UserId"] = "AIDAEXAMPLE",
            ["Account"] = "123456789012",
            ["Arn"] = "arn:aws:iam::123456789012:root",
        }, Sdk.RequestId);
        var body = System.Text.Encoding.UTF8.GetString(response.Body.Span);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/xml", response.Header("Content-Type"));
        Assert.StartsWith("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>", body);
        Assert.Contains($"<ResponseMetadata><RequestId>{Sdk.RequestId}</RequestId></ResponseMetadata>", body);
        var parsed = Botocore.Parse("sts", "GetCallerIdentity", response);
        Assert.Equal("123456789012", parsed.Text("Account"));
        Assert.Equal("arn:aws:iam::123456789012:root", parsed.Text("Arn"));
    }

    [Fact]
    public void Sts_AssumeRole_decodes_policy_arns_and_encodes_credentials()
    {
        var (_, input) = Sdk.Send("sts", "AssumeRole", new JsonObject
        {
            ["RoleArn"] = "arn:aws:iam::123456789012:role/admin",
            ["RoleSessionName"] = "session-1",
            ["DurationSeconds"] = 900,
            ["PolicyArns"] = new JsonArray(new JsonObject { ["arn"] = "arn:aws:iam::aws:policy/ReadOnlyAccess" }),
        });
        Assert.Equal(900, input["DurationSeconds"]!.GetValue<int>());
        Assert.Equal("arn:aws:iam::aws:policy/ReadOnlyAccess", input.Text("PolicyArns.0.arn"));

        var parsed = Sdk.Receive("sts", "AssumeRole", new JsonObject
        {
            ["Credentials"] = new JsonObject
            {
                ["AccessKeyId"] = "ASIAEXAMPLE",
                ["SecretAccessKey"] = "secret",
                ["SessionToken"] = "token",
                ["Expiration"] = "2030-01-01T00:15:00.5Z",
            },
            ["AssumedRoleUser"] = new JsonObject
            {
                ["AssumedRoleId"] = "AROAEXAMPLE:session-1",
                ["Arn"] = "arn:aws:sts::123456789012:assumed-role/admin/session-1",
            },
            ["PackedPolicySize"] = 7,
        });
        Assert.Equal("2030-01-01T00:15:00.500000Z", parsed.Text("Credentials.Expiration"));
        Assert.Equal(7, parsed["PackedPolicySize"]!.GetValue<int>());
    }

    [Fact]
    public void Iam_errors_parse_as_botocore_error_code_message_and_status()
    {
        var (parsed, response) = Sdk.ReceiveError("iam", "GetUser",
            new ServiceError("NoSuchEntity", "The user with name bob cannot be found.", 404));

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("NoSuchEntity", parsed.Text("Error.Code"));
        Assert.Equal("The user with name bob cannot be found.", parsed.Text("Error.Message"));
        Assert.Equal("Sender", parsed.Text("Error.Type"));
    }

    [Fact]
    public void Service_faults_are_Receiver_errors()
    {
        var (parsed, response) = Sdk.ReceiveError("sts", "GetCallerIdentity",
            new ServiceError("ServiceFailure", "An internal error occurred.", 500, SenderFault: false));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("Receiver", parsed.Text("Error.Type"));
        Assert.Equal("ServiceFailure", parsed.Text("Error.Code"));
    }

    [Fact]
    public void Maps_decode_from_entry_key_value_parameters()
    {
        var service = Models.ServiceCatalog.Default.Find("iam")!;
        var shapeWithMap = service.Shapes.Values.First(s => s.Type == Models.ShapeType.Structure
            && s.Members.Any(m => m.Shape.Type == Models.ShapeType.Map && m.Shape.MapValue!.Shape.Type == Models.ShapeType.String));
        var mapMember = shapeWithMap.Members.First(m => m.Shape.Type == Models.ShapeType.Map);
        var request = new WireRequest("POST", "/", "", [new("Content-Type", "application/x-www-form-urlencoded")],
            System.Text.Encoding.UTF8.GetBytes(
                $"Action=GetUser&Version=2010-05-08&{mapMember.WireName}.entry.1.key=k1&{mapMember.WireName}.entry.1.value=v%201"));
        var parameters = Routing.QueryParameters.Parse("", System.Text.Encoding.UTF8.GetString(request.Body.Span));

        var decoded = Decoders.QueryRequestDecoder.Decode(parameters, shapeWithMap, service);

        Assert.Equal("v 1", decoded[mapMember.Name]!["k1"]!.GetValue<string>());
    }
}

public class QueryMapEncodingTests
{
    [Fact]
    public void Iam_GetAccountSummary_map_encodes_as_entries_botocore_reads()
    {
        var parsed = Sdk.Receive("iam", "GetAccountSummary", new JsonObject
        {
            ["SummaryMap"] = new JsonObject { ["Users"] = 3, ["AccountMFAEnabled"] = 0 },
        });

        Assert.Equal(3, parsed["SummaryMap"]!["Users"]!.GetValue<int>());
        Assert.Equal(0, parsed["SummaryMap"]!["AccountMFAEnabled"]!.GetValue<int>());
    }
}
