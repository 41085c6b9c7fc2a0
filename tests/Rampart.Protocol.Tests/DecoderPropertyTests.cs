using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

/// <summary>Whatever arrives on the wire, routing and decoding end in a result or an AwsException, never another exception.</summary>
public class DecoderPropertyTests
{
    private static readonly string[] QueryKeys =
    [
        "Action", "Version", "UserName", "Path", "MaxItems", "Marker", "Tags.member.1.Key", "Tags.member.1.Value",
        "Tags.member.2.Key", "Tags.member.0.Key", "Tags.member.x.Key", "Tags", "PolicyArns.member.1.arn", "DurationSeconds",
        "Attributes.entry.1.key", "Attributes.entry.1.value", "RoleArn", "RoleSessionName", "Status", "AccessKeyId",
    ];

    private static readonly string[] QueryValues =
    [
        "CreateUser", "ListUsers", "AssumeRole", "GetCallerIdentity", "UpdateAccessKey", "2010-05-08", "2011-06-15",
        "", "alice", "-1", "99999999999999999999", "true", "1e400", "%", "%zz", "+", "é", "\u0000", "2024-01-01T00:00:00Z",
    ];

    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", ",", ":", "\"KeyId\"", "\"Plaintext\"", "\"Limit\"", "\"Tags\"", "\"StartTime\"", "\"Rules\"",
        "\"Statement\"", "null", "true", "1", "-1", "1e308", "1e999", "9223372036854775808", "\"aGk=\"", "\"%%\"", "\"\\u0000\"",
        "{}", "[]", "\"x\"", "1.5",
    ];

    private static readonly string[] Targets =
    [
        "TrentService.Encrypt", "TrentService.ListKeys", "TrentService.CreateKey", "AWSWAF_20190729.CreateWebACL",
        "AWSOrganizationsV20161128.DescribeAccount", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents",
        "TrentService.", ".Encrypt", "", "AWSShield_20160616.CreateProtection",
    ];

    private static readonly string[] Paths =
    [
        "/detector", "/detector/abc/findings/get", "/detector/%zz", "/detector//findings/get", "/tags/arn%3Ax",
        "/findings", "/", "//", "/detector/abc/member/123", "/v1/analyzer",
    ];

    private static readonly string[] JsonScalars =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e308", "1e999", "-1e999", "9223372036854775808", "2147483648",
        "\"\"", "\"x\"", "\"aGk=\"", "\"%%\"", "\"2024-01-01T00:00:00Z\"", "\"not a date\"", "{}", "[]", "[null]",
    ];

    /// <summary>Operations whose inputs exercise nested structures, lists, maps, blobs, numbers and timestamps.</summary>
    private static readonly (string Service, string Target)[] ModeledOperations =
    [
        ("kms", "TrentService.Encrypt"), ("kms", "TrentService.CreateKey"), ("wafv2", "AWSWAF_20190729.CreateWebACL"),
        ("cloudtrail", "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"),
        ("organizations", "AWSOrganizationsV20161128.CreatePolicy"), ("shield", "AWSShield_20160616.CreateProtection"),
    ];

    private static Gen<string> Pick(string[] values) => Gen.Elements(values);

    /// <summary>JSON objects keyed by real member names of a service, so decoding goes deep before it fails.</summary>
    private static Gen<string> ModeledJson(string[] names, int depth) =>
        Gen.ListOf(
            from name in Gen.Elements(names)
            from value in depth == 0
                ? Pick(JsonScalars)
                : Gen.OneOf(Pick(JsonScalars), ModeledJson(names, depth - 1), ModeledJson(names, depth - 1).Select(v => "[" + v + "]"))
            select "\"" + name + "\":" + value)
        .Select(members => "{" + string.Join(",", members) + "}");

    private static string[] MemberNames(string service) =>
        Models.ServiceCatalog.Default.Find(service)!.Shapes.Values.SelectMany(s => s.Members).Select(m => m.WireName).Distinct().ToArray();

    private static Gen<string> FormBody =>
        Gen.ListOf(
            from key in Gen.OneOf(Pick(QueryKeys), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            from value in Gen.OneOf(Pick(QueryValues), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""))
            select Uri.EscapeDataString(key) + "=" + (value.Length % 3 == 0 ? value : Uri.EscapeDataString(value)))
        .Select(pairs => string.Join("&", pairs));

    private static Gen<string> JsonBody =>
        Gen.OneOf(
            Gen.ListOf(Pick(JsonFragments)).Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static void OnlyAwsErrors(WireRequest request, string? scope)
    {
        try
        {
            var route = RequestRouter.Default.Resolve(request, scope);
            ProtocolCodec.DecodeInput(route, request);
        }
        catch (AwsException error)
        {
            Assert.InRange(error.Error.StatusCode, 400, 499);
        }
    }

    [Property(MaxTest = 300)]
    public Property Query_bodies_and_query_strings_fail_only_with_AwsException() =>
        Prop.ForAll(
            FormBody.ToArbitrary(),
            FormBody.ToArbitrary(),
            Gen.Elements<string?>("iam", "sts", null).ToArbitrary(),
            (body, query, scope) => OnlyAwsErrors(
                new WireRequest("POST", "/", query, [new("Content-Type", "application/x-www-form-urlencoded")], Encoding.UTF8.GetBytes(body)),
                scope));

    [Property(MaxTest = 300)]
    public Property Json_bodies_fail_only_with_AwsException() =>
        Prop.ForAll(
            JsonBody.ToArbitrary(),
            Pick(Targets).ToArbitrary(),
            Gen.Elements<string?>("kms", "wafv2", "organizations", "cloudtrail", null).ToArbitrary(),
            (body, target, scope) => OnlyAwsErrors(
                new WireRequest("POST", "/", "", [new("X-Amz-Target", target)], Encoding.UTF8.GetBytes(body)),
                scope));

    [Property(MaxTest = 300)]
    public Property Rest_requests_fail_only_with_AwsException() =>
        Prop.ForAll(
            JsonBody.ToArbitrary(),
            (from path in Pick(Paths) from method in Gen.Elements("GET", "POST", "PUT", "DELETE") select (path, method)).ToArbitrary(),
            FormBody.ToArbitrary(),
            (body, target, query) => OnlyAwsErrors(
                new WireRequest(target.method, target.path, query, [], Encoding.UTF8.GetBytes(body)),
                "guardduty"));

    [Property(MaxTest = 1500)]
    public Property Json_bodies_shaped_like_the_model_fail_only_with_AwsException() =>
        Prop.ForAll(
            (from operation in Gen.Elements(ModeledOperations)
             from body in ModeledJson(MemberNames(operation.Service), depth: 3)
             select (operation, body)).ToArbitrary(),
            testCase => OnlyAwsErrors(
                new WireRequest("POST", "/", "", [new("X-Amz-Target", testCase.operation.Target)], Encoding.UTF8.GetBytes(testCase.body)),
                testCase.operation.Service));

    [Property(MaxTest = 200)]
    public Property Arbitrary_bytes_fail_only_with_AwsException() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<byte[]>().ToArbitrary(),
            body =>
            {
                OnlyAwsErrors(new WireRequest("POST", "/", "", [new("X-Amz-Target", "TrentService.Encrypt")], body), "kms");
                OnlyAwsErrors(new WireRequest("POST", "/", "", [new("Content-Type", "application/x-www-form-urlencoded")], body), "iam");
                OnlyAwsErrors(new WireRequest("POST", "/detector", "", [], body), "guardduty");
            });
}
