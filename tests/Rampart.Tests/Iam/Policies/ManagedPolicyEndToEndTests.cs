using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Policies;

/// <summary>Customer and AWS managed policies through the real aws CLI.</summary>
public sealed class ManagedPolicyEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private const string ListBucket = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::example"}]}""";

    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task A_policy_keeps_at_most_five_versions_and_deletes_only_without_extra_versions()
    {
        var created = await Iam.OkAsync("create-policy", "--policy-name", "Versions", "--path", "/team/", "--policy-document", ListBucket,
            "--description", "five at most", "--tags", "Key=owner,Value=ops");
        var arn = created.GetProperty("Policy").GetProperty("Arn").GetString()!;
        Assert.Equal($"arn:aws:iam::{fixture.Server.AccountId}:policy/team/Versions", arn);
        Assert.StartsWith("ANPA", created.GetProperty("Policy").GetProperty("PolicyId").GetString());
        Assert.Equal("v1", created.GetProperty("Policy").GetProperty("DefaultVersionId").GetString());

        for (var version = 2; version <= 5; version++)
        {
            var added = await Iam.OkAsync("create-policy-version", "--policy-arn", arn, "--policy-document", ListBucket);
            Assert.Equal($"v{version}", added.GetProperty("PolicyVersion").GetProperty("VersionId").GetString());
            Assert.False(added.GetProperty("PolicyVersion").GetProperty("IsDefaultVersion").GetBoolean());
        }
        var sixth = await Iam.FailsAsync("create-policy-version", "--policy-arn", arn, "--policy-document", ListBucket);
        Assert.Contains("(LimitExceeded)", sixth);
        Assert.Contains("A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.", sixth);

        var withVersions = await Iam.FailsAsync("delete-policy", "--policy-arn", arn);
        Assert.Contains("(DeleteConflict)", withVersions);
        Assert.Contains("This policy has more than one version.", withVersions);
        Assert.Contains("(DeleteConflict)", await Iam.FailsAsync("delete-policy-version", "--policy-arn", arn, "--version-id", "v1"));

        await Iam.OkAsync("set-default-policy-version", "--policy-arn", arn, "--version-id", "v3");
        foreach (var old in new[] { "v1", "v2", "v4", "v5" })
        {
            await Iam.OkAsync("delete-policy-version", "--policy-arn", arn, "--version-id", old);
        }
        var next = await Iam.OkAsync("create-policy-version", "--policy-arn", arn, "--policy-document", ListBucket, "--set-as-default");
        Assert.Equal("v6", next.GetProperty("PolicyVersion").GetProperty("VersionId").GetString());
        var versions = await Iam.OkAsync("list-policy-versions", "--policy-arn", arn);
        Assert.Equal(["v6", "v3"], versions.GetProperty("Versions").EnumerateArray().Select(v => v.GetProperty("VersionId").GetString()));

        await Iam.OkAsync("delete-policy-version", "--policy-arn", arn, "--version-id", "v3");
        await Iam.OkAsync("delete-policy", "--policy-arn", arn);
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("get-policy", "--policy-arn", arn));
    }

    [Fact]
    public async Task Get_policy_version_returns_the_document_as_sent()
    {
        var arn = (await Iam.OkAsync("create-policy", "--policy-name", "Document", "--policy-document", ListBucket))
            .GetProperty("Policy").GetProperty("Arn").GetString()!;

        var version = await Iam.OkAsync("get-policy-version", "--policy-arn", arn, "--version-id", "v1");

        var document = version.GetProperty("PolicyVersion").GetProperty("Document");
        Assert.Equal("arn:aws:s3:::example", document.GetProperty("Statement")[0].GetProperty("Resource").GetString());
        Assert.True(version.GetProperty("PolicyVersion").GetProperty("IsDefaultVersion").GetBoolean());
        Assert.Contains("(NoSuchEntity)", await Iam.FailsAsync("get-policy-version", "--policy-arn", arn, "--version-id", "v9"));
    }

    [Fact]
    public async Task Malformed_and_oversized_documents_are_refused_as_IAM_refuses_them()
    {
        var malformed = await Iam.FailsAsync("create-policy", "--policy-name", "Malformed", "--policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket"}]}""");
        Assert.Contains("(MalformedPolicyDocument)", malformed);
        Assert.Contains("Policy statement must contain resources.", malformed);

        var actions = string.Join(",", Enumerable.Range(0, 500).Select(i => $"\"s3:GetObject{i}\""));
        var large = await Iam.FailsAsync("create-policy", "--policy-name", "Large", "--policy-document",
            $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[{{actions}}],"Resource":"*"}]}""");
        Assert.Contains("(LimitExceeded)", large);
        Assert.Contains("Cannot exceed quota for PolicySize: 6144", large);

        await Iam.OkAsync("create-policy", "--policy-name", "Twice", "--policy-document", ListBucket);
        var twice = await Iam.FailsAsync("create-policy", "--policy-name", "TWICE", "--policy-document", ListBucket);
        Assert.Contains("(EntityAlreadyExists)", twice);
    }

    [Fact]
    public async Task AWS_managed_policies_are_listed_readable_attachable_and_unmodifiable()
    {
        var aws = await Iam.OkAsync("list-policies", "--scope", "AWS");
        var names = aws.GetProperty("Policies").EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString()).ToList();
        Assert.Contains("AdministratorAccess", names);
        Assert.Contains("IAMUserChangePassword", names);
        Assert.Contains("SecurityAudit", names);

        var admin = await Iam.OkAsync("get-policy-version", "--policy-arn", "arn:aws:iam::aws:policy/AdministratorAccess", "--version-id", "v1");
        Assert.Equal("*", admin.GetProperty("PolicyVersion").GetProperty("Document").GetProperty("Statement")[0].GetProperty("Action").GetString());

        var changed = await Iam.FailsAsync("create-policy-version", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess", "--policy-document", ListBucket);
        Assert.Contains("(AccessDenied)", changed);
        Assert.Contains("(AccessDenied)", await Iam.FailsAsync("delete-policy", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"));

        var local = await Iam.OkAsync("list-policies", "--scope", "Local", "--path-prefix", "/no-such-path/");
        Assert.Empty(local.GetProperty("Policies").EnumerateArray());
    }

    [Fact]
    public async Task List_policies_pages_one_policy_at_a_time_with_markers()
    {
        for (var i = 0; i < 3; i++)
        {
            await Iam.OkAsync("create-policy", "--policy-name", $"Paged{i}", "--path", "/paged/", "--policy-document", ListBucket);
        }
        var all = await Iam.OkAsync("list-policies", "--scope", "Local", "--path-prefix", "/paged/", "--page-size", "1");

        Assert.Equal(["Paged0", "Paged1", "Paged2"], all.GetProperty("Policies").EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString()));
    }
}
