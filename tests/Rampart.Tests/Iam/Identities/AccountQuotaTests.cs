using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Identities;

/// <summary>IAM's per-account entity quotas (AWS's defaults), driven by boto3 against a server of their own, so that
/// the account holds nothing else.</summary>
public sealed class AccountQuotaTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    private AwsCli Root => new(fixture.Server);

    [Fact]
    public async Task The_301st_group_is_refused_with_LimitExceeded_until_one_is_deleted()
    {
        var outcome = await Root.PythonAsync("""
            import json, boto3, botocore
            iam = boto3.client("iam")
            for i in range(300):
                iam.create_group(GroupName=f"quota-{i}")
            summary = iam.get_account_summary()["SummaryMap"]
            try:
                iam.create_group(GroupName="one-too-many")
                refused = None
            except botocore.exceptions.ClientError as e:
                refused = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"],
                           "status": e.response["ResponseMetadata"]["HTTPStatusCode"]}
            iam.delete_group(GroupName="quota-0")
            iam.create_group(GroupName="one-too-many")
            print(json.dumps({"groups": summary["Groups"], "quota": summary["GroupsQuota"], "refused": refused,
                              "listed": len(iam.get_paginator("list_groups").paginate().build_full_result()["Groups"])}))
            """);

        Assert.Equal(300, outcome.GetProperty("groups").GetInt32());
        Assert.Equal(300, outcome.GetProperty("quota").GetInt32());
        var refused = outcome.GetProperty("refused");
        Assert.Equal("LimitExceeded", refused.GetProperty("code").GetString());
        Assert.Equal("Cannot exceed quota for GroupsPerAccount: 300", refused.GetProperty("message").GetString());
        Assert.Equal(409, refused.GetProperty("status").GetInt32());
        Assert.Equal(300, outcome.GetProperty("listed").GetInt32());
    }
}
