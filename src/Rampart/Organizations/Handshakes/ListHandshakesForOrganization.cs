using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Organizations.Tree;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

/// <summary>Lists the handshakes the organization has sent.</summary>
public sealed class ListHandshakesForOrganization(IStore store) : OrganizationsOperation<ListHandshakesRequest, ListHandshakesResponse>
{
    public override string Name => "ListHandshakesForOrganization";

    protected override OperationDeclaration<ListHandshakesRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListHandshakesForOrganization",
        ReadOnly = true,
    };

    protected override async Task<ListHandshakesResponse> HandleAsync(ListHandshakesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        request.Filter?.Check();
        var organization = (await new OrganizationAccess(store).RequireManagementOrDelegatedAsync(call, cancellationToken)).Record;
        var page = await OrgPaging.ListAsync(
            store, OrgCollections.HandshakeOfOrganization, organization.Id, null, request.NextToken, request.MaxResults, cancellationToken);
        var handshakes = new List<HandshakeOutput>(page.Items.Count);
        foreach (var item in page.Items)
        {
            if (await new HandshakeStore(store).FindAsync(item.Key.Key, cancellationToken) is { Record: var handshake } && (request.Filter?.Matches(handshake) ?? true))
            {
                handshakes.Add(HandshakeOutput.Of(handshake, call.Time));
            }
        }
        return new ListHandshakesResponse(handshakes, OrgPaging.Token(page.NextStartAfter));
    }
}
