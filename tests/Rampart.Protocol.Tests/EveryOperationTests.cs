using Rampart.Protocol.Routing;
using Rampart.Protocol.Validation;

namespace Rampart.Protocol.Tests;

/// <summary>Every operation of every served service, as botocore sends it, routes to itself and decodes.</summary>
public class EveryOperationTests
{
    [Theory]
    [MemberData(nameof(ServedServices.All), MemberType = typeof(ServedServices))]
    public void Every_operation_routes_to_itself_and_decodes_or_fails_validation(string botocoreName, string scope)
    {
        var service = Models.ServiceCatalog.Default.Find(scope)!;
        var examples = Botocore.Examples(botocoreName);
        Assert.Equal(service.Operations.Count, examples.Count);

        var misrouted = new List<string>();
        var undecodable = new List<string>();
        foreach (var (operation, request) in examples)
        {
            var route = RequestRouter.Default.Resolve(request, scope);
            if (route.Operation.Name != operation)
            {
                misrouted.Add($"{operation} -> {route.Operation.Name} ({request.Method} {request.Path}?{request.QueryString})");
                continue;
            }
            try
            {
                var input = ProtocolCodec.DecodeInput(route, request);
                foreach (var member in route.Operation.Input?.Members.Where(m => m.IsRequired) ?? [])
                {
                    if (input[member.Name] is null)
                    {
                        undecodable.Add($"{operation}: required {member.Name} lost");
                    }
                }
            }
            catch (AwsException error) when (error.Error.Code == ValidationFailure.CodeFor(service))
            {
                // Minimal values ("a") may break a pattern; anything else is a decoding defect.
            }
            catch (AwsException error)
            {
                undecodable.Add($"{operation}: {error.Error.Code} {error.Error.Message}");
            }
        }

        Assert.Empty(misrouted);
        Assert.Empty(undecodable);
    }
}
