using System.Text.Json.Nodes;
using Rampart.Protocol.Models;
using Rampart.Protocol.Routing;

namespace Rampart.Protocol.Tests;

/// <summary>Every operation's input, with every member set, serialized by botocore, decodes back to the same tree.</summary>
public class EveryInputTests
{
    [Theory]
    [MemberData(nameof(ServedServices.All), MemberType = typeof(ServedServices))]
    public void Every_input_decodes_to_what_botocore_was_given(string botocoreName, string scope)
    {
        var service = ServiceCatalog.Default.Find(scope)!;
        var cases = service.Operations.Values
            .Where(o => o.Input is not null)
            .Select(o => (Operation: o, Sample: SampleTree.Input(o.Input!)))
            .ToArray();

        var requests = Botocore.SerializeMany(botocoreName, cases.Select(c => (c.Operation.Name, c.Sample.Given)));

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var (operation, sample) = cases[i];
            var (request, failure) = requests[i];
            if (failure is not null)
            {
                mismatches.Add($"{operation.Name}: botocore: {failure}");
                continue;
            }
            try
            {
                var route = RequestRouter.Default.Resolve(request!, scope);
                var decoded = ProtocolCodec.Decode(route, request!);
                if (route.Operation != operation || !JsonNode.DeepEquals(sample.Expected, decoded))
                {
                    mismatches.Add($"{operation.Name} (routed to {route.Operation.Name}):\n  expected {sample.Expected.ToJsonString()}\n  decoded  {decoded.ToJsonString()}");
                }
            }
            catch (AwsException error)
            {
                mismatches.Add($"{operation.Name}: {error.Error.Code} {error.Error.Message}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(4)) + $"\n({mismatches.Count} of {cases.Length})");
    }
}
