using System.Text.Json.Nodes;
using Rampart.Protocol.Models;

namespace Rampart.Protocol.Tests;

/// <summary>Every operation's output, with every member set, encodes into a response botocore parses back unchanged.</summary>
public class EveryOutputTests
{
    [Theory]
    [MemberData(nameof(ServedServices.All), MemberType = typeof(ServedServices))]
    public void Every_output_round_trips_through_botocores_parser(string botocoreName, string scope)
    {
        var service = ServiceCatalog.Default.Find(scope)!;
        var cases = service.Operations.Values
            .Where(o => o.Output is not null)
            .Select(o => (Operation: o, Sample: SampleTree.Output(o.Output!)))
            .ToArray();
        var responses = cases.Select(c => (c.Operation.Name,
            ProtocolCodec.EncodeOutput(new Routing.RouteMatch(service, c.Operation), c.Sample.Given, Sdk.RequestId)));

        var parsed = Botocore.ParseMany(botocoreName, responses);

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var (result, failure) = parsed[i];
            if (failure is not null)
            {
                mismatches.Add($"{cases[i].Operation.Name}: {failure}");
            }
            else if (!JsonNode.DeepEquals(cases[i].Sample.Expected, result))
            {
                mismatches.Add($"{cases[i].Operation.Name}:\n  expected {cases[i].Sample.Expected.ToJsonString()}\n  parsed   {result!.ToJsonString()}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(5)) + $"\n({mismatches.Count} of {cases.Length})");
    }
}

/// <summary>Every modeled error of every service encodes so that botocore reports its code and message.</summary>
public class EveryErrorTests
{
    [Theory]
    [MemberData(nameof(ServedServices.All), MemberType = typeof(ServedServices))]
    public void Every_modeled_error_parses_as_its_code_and_message(string botocoreName, string scope)
    {
        var service = ServiceCatalog.Default.Find(scope)!;
        var operation = service.Operations.Values.First();
        var errors = service.ErrorsByCode
            .Select(e => new ServiceError(e.Key, $"Message of {e.Key} <&>", e.Value.ErrorStatusCode ?? 400, e.Value.ErrorSenderFault))
            .ToArray();

        var parsed = Botocore.ParseMany(botocoreName,
            errors.Select(e => (operation.Name, ProtocolCodec.EncodeError(service, e, Sdk.RequestId))));

        var mismatches = errors.Zip(parsed)
            .Where(p => p.Second.Parsed?.Text("Error.Code") != p.First.Code || p.Second.Parsed?.Text("Error.Message") != p.First.Message)
            .Select(p => $"{p.First.Code}: {p.Second.Failure ?? p.Second.Parsed!.ToJsonString()}")
            .ToArray();
        Assert.NotEmpty(errors);
        Assert.Empty(mismatches);
    }
}
