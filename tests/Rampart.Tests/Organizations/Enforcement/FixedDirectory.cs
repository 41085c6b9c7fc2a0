using Rampart.Organizations;

namespace Rampart.Tests.Organizations.Enforcement;

/// <summary>An organization tree held in a dictionary, for testing enforcement without the tree's operations.</summary>
public sealed class FixedDirectory : IOrganizationDirectory
{
    private readonly Dictionary<string, AccountPlacement> placements = [];

    public void Place(AccountPlacement placement) => placements[placement.AccountId] = placement;

    public ValueTask<AccountPlacement?> FindAsync(string accountId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(placements.GetValueOrDefault(accountId));
}
