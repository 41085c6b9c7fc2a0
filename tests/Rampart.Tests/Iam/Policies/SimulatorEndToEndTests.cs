using System.Text.Json;
using Rampart.Tests.EndToEnd;

namespace Rampart.Tests.Iam.Policies;

/// <summary>IAM's policy simulator through the aws CLI and boto3.</summary>
public sealed class SimulatorEndToEndTests(EnforcingServerFixture fixture) : IClassFixture<EnforcingServerFixture>
{
    /// <summary>AWS's example of a policy that lets a user list one bucket only, plus a deny to see explicit denials.</summary>
    private const string OneBucket = """
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "s3:ListBucket",
                    "Resource": "arn:aws:s3:::amzn-s3-demo-bucket"
                },
                {
                    "Effect": "Deny",
                    "Action": "s3:DeleteBucket",
                    "Resource": "*"
                }
            ]
        }
        """;

    private AwsCli Iam => new(fixture.Server, "iam");

    [Fact]
    public async Task A_custom_policy_allows_listing_one_bucket_only()
    {
        var simulated = await Iam.OkAsync("simulate-custom-policy", "--policy-input-list", OneBucket,
            "--action-names", "s3:ListBucket", "s3:DeleteBucket", "s3:GetObject",
            "--resource-arns", "arn:aws:s3:::amzn-s3-demo-bucket", "arn:aws:s3:::other-bucket");

        var results = simulated.GetProperty("EvaluationResults").EnumerateArray().ToDictionary(r => r.GetProperty("EvalActionName").GetString()!);
        var list = results["s3:ListBucket"];
        Assert.Equal("implicitDeny", list.GetProperty("EvalDecision").GetString());
        var perBucket = list.GetProperty("ResourceSpecificResults").EnumerateArray()
            .ToDictionary(r => r.GetProperty("EvalResourceName").GetString()!, r => r.GetProperty("EvalResourceDecision").GetString());
        Assert.Equal("allowed", perBucket["arn:aws:s3:::amzn-s3-demo-bucket"]);
        Assert.Equal("implicitDeny", perBucket["arn:aws:s3:::other-bucket"]);
        var allowing = list.GetProperty("ResourceSpecificResults")[0].GetProperty("MatchedStatements")[0];
        Assert.Equal("PolicyInputList.1", allowing.GetProperty("SourcePolicyId").GetString());
        Assert.Equal(4, allowing.GetProperty("StartPosition").GetProperty("Line").GetInt32());
        Assert.Equal(8, allowing.GetProperty("EndPosition").GetProperty("Line").GetInt32());

        var delete = results["s3:DeleteBucket"];
        Assert.Equal("explicitDeny", delete.GetProperty("EvalDecision").GetString());
        Assert.Equal(9, delete.GetProperty("MatchedStatements")[0].GetProperty("StartPosition").GetProperty("Line").GetInt32());
        Assert.Equal("implicitDeny", results["s3:GetObject"].GetProperty("EvalDecision").GetString());
        Assert.Empty(results["s3:GetObject"].GetProperty("MatchedStatements").EnumerateArray());
    }

    [Fact]
    public async Task Missing_context_values_and_context_keys_are_reported()
    {
        const string prefixed = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*","Condition":{"StringLike":{"s3:prefix":"home/${aws:username}/*"}}}]}""";

        var keys = await Iam.OkAsync("get-context-keys-for-custom-policy", "--policy-input-list", prefixed);
        Assert.Equal(["aws:username", "s3:prefix"], keys.GetProperty("ContextKeyNames").EnumerateArray().Select(k => k.GetString()).Order());

        var missing = await Iam.OkAsync("simulate-custom-policy", "--policy-input-list", prefixed, "--action-names", "s3:ListBucket");
        Assert.Contains("s3:prefix", missing.GetProperty("EvaluationResults")[0].GetProperty("MissingContextValues").EnumerateArray().Select(k => k.GetString()));

        var given = await Iam.OkAsync("simulate-custom-policy", "--policy-input-list", prefixed, "--action-names", "s3:ListBucket",
            "--caller-arn", $"arn:aws:iam::{fixture.Server.AccountId}:user/sim-frank",
            "--context-entries", "ContextKeyName=s3:prefix,ContextKeyValues=home/sim-frank/docs,ContextKeyType=string");
        Assert.Equal("allowed", given.GetProperty("EvaluationResults")[0].GetProperty("EvalDecision").GetString());
    }

    [Fact]
    public async Task A_users_policies_groups_and_boundary_are_simulated_as_enforced()
    {
        await Iam.OkAsync("create-user", "--user-name", "sim-gina");
        await Iam.OkAsync("create-group", "--group-name", "sim-readers");
        await Iam.OkAsync("add-user-to-group", "--group-name", "sim-readers", "--user-name", "sim-gina");
        await Iam.OkAsync("attach-group-policy", "--group-name", "sim-readers", "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess");
        await Iam.OkAsync("put-user-policy", "--user-name", "sim-gina", "--policy-name", "buckets", "--policy-document", OneBucket);
        var userArn = $"arn:aws:iam::{fixture.Server.AccountId}:user/sim-gina";

        var simulated = await Iam.OkAsync("simulate-principal-policy", "--policy-source-arn", userArn,
            "--action-names", "iam:ListUsers", "s3:ListBucket", "iam:CreateUser", "--resource-arns", "arn:aws:s3:::amzn-s3-demo-bucket");
        var results = simulated.GetProperty("EvaluationResults").EnumerateArray().ToDictionary(r => r.GetProperty("EvalActionName").GetString()!);
        var listUsers = results["iam:ListUsers"].GetProperty("MatchedStatements")[0];
        Assert.Equal("IAMReadOnlyAccess", listUsers.GetProperty("SourcePolicyId").GetString());
        Assert.Equal("aws-managed", listUsers.GetProperty("SourcePolicyType").GetString());
        var listBucket = results["s3:ListBucket"].GetProperty("MatchedStatements")[0];
        Assert.Equal("buckets", listBucket.GetProperty("SourcePolicyId").GetString());
        Assert.Equal("user", listBucket.GetProperty("SourcePolicyType").GetString());
        Assert.Equal("implicitDeny", results["iam:CreateUser"].GetProperty("EvalDecision").GetString());

        var bounded = await Iam.OkAsync("simulate-principal-policy", "--policy-source-arn", userArn, "--action-names", "iam:ListUsers",
            "--permissions-boundary-policy-input-list", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""");
        var result = bounded.GetProperty("EvaluationResults")[0];
        Assert.Equal("implicitDeny", result.GetProperty("EvalDecision").GetString());
        Assert.False(result.GetProperty("PermissionsBoundaryDecisionDetail").GetProperty("AllowedByPermissionsBoundary").GetBoolean());

        var unknown = await Iam.FailsAsync("simulate-principal-policy", "--policy-source-arn", $"arn:aws:iam::{fixture.Server.AccountId}:user/nobody", "--action-names", "iam:ListUsers");
        Assert.Contains("(NoSuchEntity)", unknown);
    }

    [Fact]
    public async Task A_roles_attached_policies_are_simulated_and_the_role_is_listed_as_an_entity()
    {
        await Iam.OkAsync("create-role", "--role-name", "sim-role", "--assume-role-policy-document",
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""");
        await Iam.OkAsync("attach-role-policy", "--role-name", "sim-role", "--policy-arn", "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser");

        var simulated = await Iam.OkAsync("simulate-principal-policy", "--policy-source-arn", $"arn:aws:iam::{fixture.Server.AccountId}:role/sim-role",
            "--action-names", "kms:CreateKey", "kms:ScheduleKeyDeletion");

        Assert.Equal(["allowed", "implicitDeny"], simulated.GetProperty("EvaluationResults").EnumerateArray().Select(r => r.GetProperty("EvalDecision").GetString()));
        var entities = await Iam.OkAsync("list-entities-for-policy", "--policy-arn", "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser", "--entity-filter", "Role");
        Assert.Equal(["sim-role"], entities.GetProperty("PolicyRoles").EnumerateArray().Select(r => r.GetProperty("RoleName").GetString()));
    }

    [Fact]
    public async Task Boto3_pages_simulation_results_and_sees_typed_errors()
    {
        var script = """
            import json, os, boto3, botocore
            iam = boto3.client("iam", endpoint_url=os.environ["ENDPOINT"], region_name="us-east-1")
            policy = os.environ["POLICY"]
            pages = iam.get_paginator("simulate_custom_policy").paginate(
                PolicyInputList=[policy], ActionNames=["s3:ListBucket", "s3:DeleteBucket", "s3:GetObject"],
                PaginationConfig={"PageSize": 1})
            decisions = [r["EvalDecision"] for page in pages for r in page["EvaluationResults"]]
            created = iam.create_policy(PolicyName="boto3-policy", PolicyDocument=policy)["Policy"]
            document = iam.get_policy_version(PolicyArn=created["Arn"], VersionId="v1")["PolicyVersion"]["Document"]
            try:
                iam.create_policy(PolicyName="boto3-bad", PolicyDocument='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket"}]}')
                error = None
            except iam.exceptions.MalformedPolicyDocumentException as e:
                error = e.response["Error"]["Message"]
            print(json.dumps({"decisions": decisions, "resource": document["Statement"][0]["Resource"], "error": error}))
            """;
        var environment = new Dictionary<string, string>(fixture.Server.ClientEnvironment)
        {
            ["ENDPOINT"] = fixture.Server.Endpoint.ToString(),
            ["POLICY"] = OneBucket,
        };

        var result = await ExternalTools.PythonAsync(script, environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["implicitDeny", "explicitDeny", "implicitDeny"], output.GetProperty("decisions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("arn:aws:s3:::amzn-s3-demo-bucket", output.GetProperty("resource").GetString());
        Assert.Equal("Policy statement must contain resources.", output.GetProperty("error").GetString());
    }
}
