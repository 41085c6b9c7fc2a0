using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

/// <summary>Flattened lists and maps of the Query protocol, on a small model shaped like SQS's and SNS's
/// (IAM and STS declare none).</summary>
public class FlattenedQueryTests
{
    private static readonly ServiceModel Service = ModelLoader.Load(JsonDocument.Parse("""
        {
          "metadata": {"apiVersion": "2020-01-01", "endpointPrefix": "example", "protocol": "query",
                       "xmlNamespace": "https://example.amazonaws.com/doc/2020-01-01/"},
          "operations": {
            "PutThings": {"name": "PutThings", "http": {"method": "POST", "requestUri": "/"},
              "input": {"shape": "PutThingsRequest"},
              "output": {"shape": "PutThingsResult", "resultWrapper": "PutThingsResult"}}
          },
          "shapes": {
            "PutThingsRequest": {"type": "structure", "members": {
              "Names": {"shape": "NameList", "locationName": "Name"},
              "Attributes": {"shape": "AttributeMap", "locationName": "Attribute"}}},
            "PutThingsResult": {"type": "structure", "members": {
              "Names": {"shape": "NameList", "locationName": "Name"},
              "Attributes": {"shape": "AttributeMap", "locationName": "Attribute"}}},
            "NameList": {"type": "list", "member": {"shape": "String"}, "flattened": true},
            "AttributeMap": {"type": "map", "key": {"shape": "String", "locationName": "Name"},
              "value": {"shape": "String", "locationName": "Value"}, "flattened": true},
            "String": {"type": "string"}
          }
        }
        """).RootElement);

    [Fact]
    public void Flattened_lists_and_maps_decode_without_member_and_entry_segments()
    {
        var operation = Service.FindOperation("PutThings")!;
        var request = new WireRequest("POST", "/", "", [new("Content-Type", "application/x-www-form-urlencoded")],
            Encoding.UTF8.GetBytes("Action=PutThings&Version=2020-01-01&Name.2=b&Name.1=a&Attribute.1.Name=color&Attribute.1.Value=blue"));

        var input = ProtocolCodec.Decode(new RouteMatch(Service, operation) { Parameters = QueryParameters.Parse("", Encoding.UTF8.GetString(request.Body.Span)) }, request);

        Assert.Equal("""{"Names":["a","b"],"Attributes":{"color":"blue"}}""", input.ToJsonString());
    }

    [Fact]
    public void Flattened_lists_and_maps_encode_as_repeated_elements()
    {
        var response = ProtocolCodec.EncodeOutput(new RouteMatch(Service, Service.FindOperation("PutThings")!),
            new JsonObject { ["Names"] = new JsonArray("a", "b"), ["Attributes"] = new JsonObject { ["color"] = "blue" } }, "r");

        Assert.Equal(
            "<PutThingsResponse xmlns=\"https://example.amazonaws.com/doc/2020-01-01/\"><PutThingsResult>"
            + "<Name>a</Name><Name>b</Name><Attribute><Name>color</Name><Value>blue</Value></Attribute>"
            + "</PutThingsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PutThingsResponse>",
            Encoding.UTF8.GetString(response.Body.Span));
    }
}
