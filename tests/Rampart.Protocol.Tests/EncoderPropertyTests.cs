using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

/// <summary>Any text a response may echo (control characters, lone surrogates) encodes into a well-formed body.</summary>
public class EncoderPropertyTests
{
    private static Gen<string> AnyText =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string(chars)));

    [Property(MaxTest = 300)]
    public Property Query_errors_and_outputs_stay_well_formed_xml() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            var iam = ServiceCatalog.Default.Find("iam")!;
            var error = ProtocolCodec.EncodeError(iam, new ServiceError("ValidationError", $"Value '{text}' at 'userName'"), Sdk.RequestId);
            XDocument.Parse(Encoding.UTF8.GetString(error.Body.Span));

            var output = ProtocolCodec.EncodeOutput(Sdk.Route("sts", "GetCallerIdentity"),
                new JsonObject { ["UserId"] = text, ["Arn"] = text, ["Account"] = "123456789012" }, Sdk.RequestId);
            var xml = XDocument.Parse(Encoding.UTF8.GetString(output.Body.Span));
            Assert.Equal("123456789012", xml.Descendants().Single(e => e.Name.LocalName == "Account").Value);
        });

    [Property(MaxTest = 300)]
    public Property Json_errors_stay_valid_json() =>
        Prop.ForAll(AnyText.ToArbitrary(), text =>
        {
            foreach (var service in new[] { "kms", "organizations", "guardduty" })
            {
                var model = ServiceCatalog.Default.Find(service)!;
                var error = ProtocolCodec.EncodeError(model, new ServiceError(model.ValidationErrorCode, text), Sdk.RequestId);
                var body = JsonNode.Parse(error.Body.Span)!;
                Assert.Equal(model.ValidationErrorCode, body["__type"]!.GetValue<string>());
            }
        });
}
