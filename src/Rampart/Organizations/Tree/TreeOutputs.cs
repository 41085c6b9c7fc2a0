namespace Rampart.Organizations.Tree;

/// <summary>An account as the API returns it.</summary>
public sealed record AccountOutput(
    string Id, string Arn, string Email, string Name, string Status, string State, string JoinedMethod, DateTimeOffset JoinedTimestamp,
    IReadOnlyList<string>? Paths)
{
    public static AccountOutput Of(OrganizationRecord organization, MemberAccountRecord account, AccountPlacement? placement, DateTimeOffset now) => new(
        account.Id, organization.AccountArn(account.Id), account.Email, account.Name, account.StatusAt(now), account.StateAt(now),
        account.JoinedMethod, account.JoinedTimestamp,
        placement is null ? null : [placement.OrganizationPath + account.Id + "/"]);
}

/// <summary>An OU as the API returns it; <paramref name="Path"/> runs from the organization down to the OU itself.</summary>
public sealed record UnitOutput(string Id, string Arn, string Name, string Path)
{
    public static UnitOutput Of(OrganizationRecord organization, UnitRecord unit) => new(
        unit.Id, organization.UnitArn(unit.Id), unit.Name,
        organization.Id + "/" + organization.RootId + "/" + string.Concat(unit.AncestorIds.Select(id => id + "/")) + unit.Id + "/");
}

public sealed record PolicyTypeSummary(string Type, string Status);

public sealed record RootOutput(string Id, string Arn, string Name, IReadOnlyList<PolicyTypeSummary> PolicyTypes);

public sealed record OrganizationOutput(
    string Id, string Arn, string FeatureSet, string MasterAccountArn, string MasterAccountId, string MasterAccountEmail,
    IReadOnlyList<PolicyTypeSummary> AvailablePolicyTypes);

public sealed record ChildOutput(string Id, string Type);

public sealed record ParentOutput(string Id, string Type);
