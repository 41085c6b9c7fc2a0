using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Text the parser must survive: valid documents with random edits, and random trees over the policy
/// grammar's element names and value shapes (which reach the validation rules rather than stopping at JSON syntax).</summary>
public static class PolicyFuzzArbitraries
{
    /// <summary>Valid documents and the kind each is valid as.</summary>
    public static IReadOnlyList<(string Text, PolicyKind Kind)> ValidDocuments { get; } =
    [
        (PolicyText.Document(PolicyText.AllowS3Read), PolicyKind.Identity),
        (PolicyText.Document(PolicyText.AllowS3Read), PolicyKind.PermissionsBoundary),
        (PolicyText.Document(PolicyText.AllowS3Read, version: null), PolicyKind.Session),
        (PolicyText.Document(PolicyText.AssumeRoleFromAccount, version: null), PolicyKind.Trust),
        (
            """
            {"Version": "2012-10-17", "Id": "x", "Statement": [
              {"Sid": "A1", "Effect": "Allow", "Principal": {"AWS": ["111122223333", "arn:aws:iam::111122223333:role/r"], "Service": "ec2.amazonaws.com"},
               "Action": ["s3:Get*", "s3:List?ucket"], "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/${aws:username}/*"],
               "Condition": {"ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["team", "env"]}, "NumericLessThan": {"s3:max-keys": 10},
                             "Bool": {"aws:SecureTransport": true}, "DateGreaterThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"},
                             "IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]}}},
              {"Effect": "Deny", "NotPrincipal": {"AWS": "*"}, "NotAction": "iam:*", "NotResource": "arn:aws:iam::*:role/admin"}]}
            """,
            PolicyKind.Resource),
        (
            """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"},
              {"Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}}]}
            """,
            PolicyKind.ServiceControl),
        (
            """{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}}}""",
            PolicyKind.ResourceControl),
        (
            """{"Version": "2012-10-17", "Statement": [{"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"}]}""",
            PolicyKind.KeyPolicy),
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u00", "\\uD800", "*", "?", "null", "true", "1e999", "-0", "${", "}", "::", "arn:",
        "\"Principal\":\"*\",", "\"Condition\":{},", "\"Version\":\"2008-10-17\",", "\r\n", "\u00e9", "\u20ac", "\uD83D", "\0",
        " ", "  ", "\n", "\t", "\r\n",
    ];

    private static readonly string[] ElementNames =
    [
        "Version", "Id", "Statement", "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource",
        "Condition", "AWS", "Service", "Federated", "CanonicalUser", "StringEquals", "ForAllValues:ArnLikeIfExists", "DateLessThan",
        "NullIfExists", "aws:username", "s3:prefix", "effect", "",
    ];

    private static readonly string[] Strings =
    [
        "2012-10-17", "2008-10-17", "Allow", "Deny", "allow", "*", "s3:GetObject", "s3:*", "GetObject", "a:b:c", "sts:AssumeRole",
        "arn:aws:s3:::b/*", "arn:aws:iam::111122223333:root", "arn:aws:iam::111122223333:user/a", "arn:aws:sts::111122223333:assumed-role/r/s",
        "arn:aws1:s3:::b", "arn:aws::x", "111122223333", "ec2.amazonaws.com", "2024-01-01", "yesterday", "-1", "", "${aws:username}", "é", "€",
    ];

    public static Arbitrary<PolicyFuzzInput> Inputs() =>
        Gen.Frequency(
                (3, MutatedDocuments()),
                (1, GrammarTrees().SelectMany(_ => Gen.Elements(Enum.GetValues<PolicyKind>()), (text, kind) => new PolicyFuzzInput(text, kind))))
            .ToArbitrary();

    // Mostly the seed's own kind with few edits, so that many inputs stay valid and reach evaluation; sometimes
    // another kind, so that every kind's rules see every shape.
    private static Gen<PolicyFuzzInput> MutatedDocuments() =>
        from seed in Gen.Elements(ValidDocuments.ToArray())
        from kind in Gen.Frequency((4, Gen.Constant(seed.Kind)), (1, Gen.Elements(Enum.GetValues<PolicyKind>())))
        from count in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 2)), (1, Gen.Choose(3, 6)))
        from edits in Gen.ArrayOf(Edit(), count)
        select new PolicyFuzzInput(edits.Aggregate(seed.Text, (text, edit) => edit(text)), kind);

    private static Gen<Func<string, string>> Edit() =>
        Gen.Choose(0, int.MaxValue).SelectMany(
            position => Gen.OneOf(
                ArbMap.Default.GeneratorFor<char>().Select(c => (Func<string, string>)(text => text.Insert(position % (text.Length + 1), c.ToString()))),
                Gen.Elements(Tokens).Select(token => (Func<string, string>)(text => text.Insert(position % (text.Length + 1), token))),
                Gen.Choose(1, 12).Select(length => (Func<string, string>)(text => Remove(text, position, length))),
                Gen.Choose(1, 40).Select(length => (Func<string, string>)(text => Duplicate(text, position, length)))),
            (_, edit) => edit);

    private static string Remove(string text, int position, int length)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = position % text.Length;
        return text.Remove(start, Math.Min(length, text.Length - start));
    }

    private static string Duplicate(string text, int position, int length)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var start = position % text.Length;
        return text.Insert(start, text.Substring(start, Math.Min(length, text.Length - start)));
    }

    private static Gen<string> GrammarTrees() => Gen.Sized(size => Value(Math.Min(size, 12)).Select(value => value.ToString()));

    private static Gen<StringBuilder> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Elements(Strings).Select(Quote),
            Gen.Elements("0", "10.5", "-3", "1e3", "true", "false", "null").Select(text => new StringBuilder(text)));
        if (depth <= 0)
        {
            return scalar;
        }

        var member = Gen.Elements(ElementNames).SelectMany(_ => Value(depth / 2), (name, value) => Quote(name).Append(':').Append(value));
        var obj = Gen.ArrayOf(member, 3).Resize(4).Select(members => new StringBuilder("{").AppendJoin(',', members).Append('}'));
        var array = Gen.ArrayOf(Value(depth / 2), 2).Resize(3).Select(items => new StringBuilder("[").AppendJoin(',', items).Append(']'));
        return Gen.Frequency((3, scalar), (4, obj), (2, array));
    }

    private static StringBuilder Quote(string text) => new(JsonSerializer.Serialize(text));
}

public sealed record PolicyFuzzInput(string Text, PolicyKind Kind);
