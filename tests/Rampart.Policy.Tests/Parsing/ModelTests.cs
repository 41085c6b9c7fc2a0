using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>IAM User Guide, "IAM JSON policy element reference": what a valid document becomes.</summary>
public class ModelTests
{
    [Fact]
    public void StatementMayBeASingleObject()
    {
        var document = PolicyParser.Parse(
            """{"Version": "2012-10-17", "Id": "doc-1", "Statement": {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket/*"}}""",
            PolicyKind.Identity,
            "arn:aws:iam::111122223333:policy/read");

        Assert.Equal("arn:aws:iam::111122223333:policy/read", document.Name);
        Assert.Equal(PolicyKind.Identity, document.Kind);
        Assert.Equal("2012-10-17", document.Version);
        Assert.Equal("doc-1", document.Id);
        var statement = Assert.Single(document.Statements);
        Assert.Equal(0, statement.Index);
        Assert.Equal("Read", statement.Sid);
        Assert.Equal(Effect.Allow, statement.Effect);
        Assert.Equal(["s3:GetObject"], statement.Action);
        Assert.Null(statement.NotAction);
        Assert.Equal(["arn:aws:s3:::bucket/*"], statement.Resource);
        Assert.Null(statement.NotResource);
        Assert.Empty(statement.Condition);
    }

    [Fact]
    public void ListsKeepTheirOrderAndNegatedElementsAreKept()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document(
                """
                {"Effect": "Allow", "Action": ["s3:List*", "s3:GetObject"], "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]},
                {"Effect": "Deny", "NotAction": ["iam:*"], "NotResource": "arn:aws:iam::*:role/admin"}
                """),
            PolicyKind.Identity,
            "p");

        Assert.Equal(["s3:List*", "s3:GetObject"], document.Statements[0].Action);
        Assert.Equal(["arn:aws:s3:::b", "arn:aws:s3:::b/*"], document.Statements[0].Resource);
        Assert.Equal(1, document.Statements[1].Index);
        Assert.Equal(Effect.Deny, document.Statements[1].Effect);
        Assert.Equal(["iam:*"], document.Statements[1].NotAction);
        Assert.Equal(["arn:aws:iam::*:role/admin"], document.Statements[1].NotResource);
    }

    [Fact]
    public void ConditionValuesKeepScalarsAsText()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document(
                """
                {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b",
                 "Condition": {
                   "ForAnyValue:StringLikeIfExists": {"s3:prefix": ["home/", "home/${aws:username}/*"]},
                   "NumericLessThanEquals": {"s3:max-keys": 10.50},
                   "Bool": {"aws:SecureTransport": false, "aws:MultiFactorAuthPresent": "true"},
                   "StringEquals": {"aws:PrincipalTag/team": []}}}
                """),
            PolicyKind.Identity,
            "p");

        var entries = document.Statements[0].Condition;
        Assert.Equal(5, entries.Count);
        Assert.Equal(("ForAnyValue:StringLikeIfExists", "s3:prefix"), (entries[0].Operator, entries[0].Key));
        Assert.Equal(["home/", "home/${aws:username}/*"], entries[0].Values);
        Assert.Equal(["10.50"], entries[1].Values);
        Assert.Equal(["false"], entries[2].Values);
        Assert.Equal(("Bool", "aws:MultiFactorAuthPresent"), (entries[3].Operator, entries[3].Key));
        Assert.Equal(["true"], entries[3].Values);
        Assert.Empty(entries[4].Values);
    }

    [Fact]
    public void PrincipalFormsAreGroupedByType()
    {
        var document = PolicyParser.Parse(
            PolicyText.Document(
                """
                {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                {"Effect": "Allow",
                 "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/division/alice",
                                       "arn:aws:iam::111122223333:role/reader", "arn:aws:sts::111122223333:assumed-role/reader/session-1",
                                       "arn:aws:sts::111122223333:federated-user/bob", "*"],
                               "Service": "cloudtrail.amazonaws.com",
                               "Federated": ["arn:aws:iam::111122223333:saml-provider/corp", "cognito-identity.amazonaws.com"],
                               "CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
                 "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                {"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "s3:*", "Resource": "*"}
                """),
            PolicyKind.Resource,
            "bucket");

        var anyone = document.Statements[0].Principal!;
        Assert.True(anyone.IsWildcard);
        Assert.Empty(anyone.ByType);

        var named = document.Statements[1].Principal!;
        Assert.False(named.IsWildcard);
        Assert.Equal(7, named.ByType["AWS"].Count);
        Assert.Equal(["cloudtrail.amazonaws.com"], named.ByType["Service"]);
        Assert.Equal(2, named.ByType["Federated"].Count);
        Assert.Single(named.ByType["CanonicalUser"]);

        Assert.Null(document.Statements[2].Principal);
        Assert.Equal(["arn:aws:iam::111122223333:user/alice"], document.Statements[2].NotPrincipal!.ByType["AWS"]);
    }

    [Fact]
    public void TheOriginalTextIsKept()
    {
        var json = PolicyText.Document(PolicyText.AllowS3Read);
        Assert.Same(json, PolicyParser.Parse(json, PolicyKind.Identity, "p").Text);
    }

    [Fact]
    public void TryParseReportsTheMessageInsteadOfThrowing()
    {
        Assert.True(PolicyParser.TryParse(PolicyText.Document(PolicyText.AllowS3Read), PolicyKind.Identity, "p", out var document, out var error));
        Assert.NotNull(document);
        Assert.Null(error);

        Assert.False(PolicyParser.TryParse("{", PolicyKind.Identity, "p", out document, out error));
        Assert.Null(document);
        Assert.Equal("Syntax errors in policy.", error);
    }
}
