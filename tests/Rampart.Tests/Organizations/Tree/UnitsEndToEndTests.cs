namespace Rampart.Tests.Organizations.Tree;

/// <summary>Organizational units, moving accounts and walking the tree through the real aws CLI.</summary>
public sealed class UnitsEndToEndTests(OrganizationFixture fixture) : IClassFixture<OrganizationFixture>
{
    [Fact]
    public async Task Units_nest_five_levels_below_the_root_and_no_deeper()
    {
        var parent = fixture.RootId;
        var path = $"{fixture.OrganizationId}/{fixture.RootId}/";
        for (var level = 1; level <= 5; level++)
        {
            var unit = (await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", parent, "--name", $"Level{level}"))
                .GetProperty("OrganizationalUnit");
            var id = unit.GetProperty("Id").GetString()!;
            Assert.Matches($"^ou-{fixture.RootId[2..]}-[a-z0-9]{{8}}$", id);
            Assert.Equal($"arn:aws:organizations::{fixture.Server.AccountId}:ou/{fixture.OrganizationId}/{id}", unit.GetProperty("Arn").GetString());
            path += id + "/";
            Assert.Equal(path, unit.GetProperty("Path").GetString());
            parent = id;
        }
        var tooDeep = await fixture.Management.FailsAsync("create-organizational-unit", "--parent-id", parent, "--name", "Level6");
        Assert.Contains("(ConstraintViolationException)", tooDeep);
        Assert.Contains("too many levels deep", tooDeep);
    }

    [Fact]
    public async Task Unit_names_are_unique_under_one_parent_and_units_are_renamed_described_and_deleted()
    {
        var unit = (await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Workloads",
            "--tags", "Key=cost,Value=1")).GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        var duplicate = await fixture.Management.FailsAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Workloads");
        Assert.Contains("(DuplicateOrganizationalUnitException)", duplicate);
        await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", unit, "--name", "Workloads");

        var renamed = (await fixture.Management.OkAsync("update-organizational-unit", "--organizational-unit-id", unit, "--name", "Apps"))
            .GetProperty("OrganizationalUnit");
        Assert.Equal("Apps", renamed.GetProperty("Name").GetString());
        Assert.Equal("Apps", (await fixture.Management.OkAsync("describe-organizational-unit", "--organizational-unit-id", unit))
            .GetProperty("OrganizationalUnit").GetProperty("Name").GetString());
        await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Workloads");
        Assert.Contains("(DuplicateOrganizationalUnitException)",
            await fixture.Management.FailsAsync("update-organizational-unit", "--organizational-unit-id", unit, "--name", "Workloads"));
        Assert.Equal(["cost"], OrganizationFixture.Ids((await fixture.Management.OkAsync("list-tags-for-resource", "--resource-id", unit)).GetProperty("Tags"), "Key"));

        var notEmpty = await fixture.Management.FailsAsync("delete-organizational-unit", "--organizational-unit-id", unit);
        Assert.Contains("(OrganizationalUnitNotEmptyException)", notEmpty);
        var child = (await fixture.Management.OkAsync("list-organizational-units-for-parent", "--parent-id", unit)).GetProperty("OrganizationalUnits")[0];
        await fixture.Management.OkAsync("delete-organizational-unit", "--organizational-unit-id", child.GetProperty("Id").GetString()!);
        await fixture.Management.OkAsync("delete-organizational-unit", "--organizational-unit-id", unit);
        Assert.Contains("(OrganizationalUnitNotFoundException)",
            await fixture.Management.FailsAsync("describe-organizational-unit", "--organizational-unit-id", unit));
        Assert.Contains("(ParentNotFoundException)",
            await fixture.Management.FailsAsync("create-organizational-unit", "--parent-id", unit, "--name", "Orphan"));
    }

    [Fact]
    public async Task Accounts_move_between_parents_and_the_tree_lists_children_and_parents()
    {
        var accountId = await fixture.CreateAccountAsync("mover@units.example", "Mover");
        var unit = (await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Movers"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        await fixture.Management.OkAsync("move-account", "--account-id", accountId, "--source-parent-id", fixture.RootId, "--destination-parent-id", unit);

        var parents = (await fixture.Management.OkAsync("list-parents", "--child-id", accountId)).GetProperty("Parents");
        Assert.Equal([unit], OrganizationFixture.Ids(parents));
        Assert.Equal("ORGANIZATIONAL_UNIT", parents[0].GetProperty("Type").GetString());
        Assert.Equal("ROOT", (await fixture.Management.OkAsync("list-parents", "--child-id", unit)).GetProperty("Parents")[0].GetProperty("Type").GetString());
        Assert.Equal([accountId], OrganizationFixture.Ids((await fixture.Management.OkAsync("list-children", "--parent-id", unit, "--child-type", "ACCOUNT")).GetProperty("Children")));
        Assert.Equal([accountId], OrganizationFixture.Ids((await fixture.Management.OkAsync("list-accounts-for-parent", "--parent-id", unit)).GetProperty("Accounts")));
        Assert.DoesNotContain(accountId, OrganizationFixture.Ids((await fixture.Management.OkAsync("list-children", "--parent-id", fixture.RootId, "--child-type", "ACCOUNT")).GetProperty("Children")));
        Assert.Contains(unit, OrganizationFixture.Ids((await fixture.Management.OkAsync("list-children", "--parent-id", fixture.RootId, "--child-type", "ORGANIZATIONAL_UNIT")).GetProperty("Children")));
        var described = (await fixture.Management.OkAsync("describe-account", "--account-id", accountId)).GetProperty("Account");
        Assert.Equal($"{fixture.OrganizationId}/{fixture.RootId}/{unit}/{accountId}/", described.GetProperty("Paths")[0].GetString());

        Assert.Contains("(DuplicateAccountException)",
            await fixture.Management.FailsAsync("move-account", "--account-id", accountId, "--source-parent-id", unit, "--destination-parent-id", unit));
        Assert.Contains("(SourceParentNotFoundException)",
            await fixture.Management.FailsAsync("move-account", "--account-id", accountId, "--source-parent-id", "ou-abcd-abcdefgh", "--destination-parent-id", unit));
        Assert.Contains("(DestinationParentNotFoundException)",
            await fixture.Management.FailsAsync("move-account", "--account-id", accountId, "--source-parent-id", unit, "--destination-parent-id", "ou-abcd-abcdefgh"));
        Assert.Contains("(AccountNotFoundException)",
            await fixture.Management.FailsAsync("move-account", "--account-id", "000000000000", "--source-parent-id", unit, "--destination-parent-id", fixture.RootId));
        Assert.Contains("(ChildNotFoundException)", await fixture.Management.FailsAsync("list-parents", "--child-id", "000000000000"));
        Assert.Contains("(ParentNotFoundException)", await fixture.Management.FailsAsync("list-children", "--parent-id", "r-zzzz", "--child-type", "ACCOUNT"));
        Assert.Contains("(InvalidInputException)", await fixture.Management.FailsAsync("list-children", "--parent-id", "nonsense", "--child-type", "ACCOUNT"));

        await fixture.Management.OkAsync("move-account", "--account-id", accountId, "--source-parent-id", unit, "--destination-parent-id", fixture.RootId);
        Assert.Equal(fixture.RootId, OrganizationFixture.Ids((await fixture.Management.OkAsync("list-parents", "--child-id", accountId)).GetProperty("Parents")).Single());
    }

    [Fact]
    public async Task Listing_pages_with_next_tokens()
    {
        var unit = (await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", fixture.RootId, "--name", "Paged"))
            .GetProperty("OrganizationalUnit").GetProperty("Id").GetString()!;
        for (var i = 0; i < 3; i++)
        {
            await fixture.Management.OkAsync("create-organizational-unit", "--parent-id", unit, "--name", $"Child{i}");
        }
        var first = await fixture.Management.OkAsync("list-children", "--parent-id", unit, "--child-type", "ORGANIZATIONAL_UNIT", "--max-items", "2");
        Assert.Equal(2, first.GetProperty("Children").GetArrayLength());
        var rest = await fixture.Management.OkAsync("list-children", "--parent-id", unit, "--child-type", "ORGANIZATIONAL_UNIT",
            "--starting-token", first.GetProperty("NextToken").GetString()!);
        Assert.Equal(1, rest.GetProperty("Children").GetArrayLength());
        Assert.Contains("(InvalidInputException)",
            await fixture.Management.FailsAsync("list-children", "--parent-id", unit, "--child-type", "ACCOUNT", "--no-paginate", "--next-token", "%%%"));
    }
}
