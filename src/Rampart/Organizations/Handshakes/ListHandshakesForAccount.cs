using Rampart.Operations;
using Rampart.Organizations.Common;
using Rampart.Storage;

namespace Rampart.Organizations.Handshakes;

public sealed record ListHandshakesRequest(HandshakeFilter? Filter, string? NextToken, int? MaxResults);

public sealed record ListHandshakesResponse(IReadOnlyList<HandshakeOutput> Handshakes, string? NextToken);

/// <summary>Lists the handshakes addressed to the caller's account, by ID or by its root user's email; any account
/// may ask, in an organization or not. An account receives few handshakes, so both listings are merged in memory.</summary>
public sealed class ListHandshakesForAccount(IStore store) : OrganizationsOperation<ListHandshakesRequest, ListHandshakesResponse>
{
    public override string Name => "ListHandshakesForAccount";

    protected override OperationDeclaration<ListHandshakesRequest> Declaration { get; } = new()
    {
        Action = "organizations:ListHandshakesForAccount",
        ReadOnly = true,
    };

    protected override async Task<ListHandshakesResponse> HandleAsync(ListHandshakesRequest request, CallContext call, CancellationToken cancellationToken)
    {
        request.Filter?.Check();
        var startAfter = OrgPaging.StartAfter(request.NextToken);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var party in await new HandshakeParties(store).KeysOfAsync(call.AccountId, cancellationToken))
        {
            await foreach (var item in OrgPaging.AllAsync(store, OrgCollections.HandshakeOfParty, party, null, cancellationToken))
            {
                if (startAfter is null || string.CompareOrdinal(item.Key.Key, startAfter) > 0)
                {
                    ids.Add(item.Key.Key);
                }
            }
        }
        var limit = request.MaxResults ?? OrgPaging.DefaultMaxResults;
        var page = ids.Take(limit).ToList();
        var handshakes = new List<HandshakeOutput>(page.Count);
        foreach (var id in page)
        {
            if (await new HandshakeStore(store).FindAsync(id, cancellationToken) is { Record: var handshake } && (request.Filter?.Matches(handshake) ?? true))
            {
                handshakes.Add(HandshakeOutput.Of(handshake, call.Time));
            }
        }
        return new ListHandshakesResponse(handshakes, ids.Count > limit ? OrgPaging.Token(page[^1]) : null);
    }
}
