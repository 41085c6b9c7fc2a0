using static Rampart.Policy.Tests.Policies;

namespace Rampart.Policy.Tests;

// Follows "IAM policy elements: Variables and tags".
public class PolicyVariableTests
{
    [Fact]
    public void UsernameInResourceGivesEachUserTheirOwnPrefix()
    {
        var policy = Compiled(Allow("s3:*", "arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*"));
        Assert.Equal(Decision.Allowed, Decide(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::amzn-s3-demo-bucket/home/bob/notes.txt", policy)));
    }

    [Fact]
    public void UsernameHasNoValueForARoleSessionSoTheResourceMatchesNothing()
    {
        var policy = Compiled(Allow("s3:*", "arn:aws:s3:::bucket/home/${aws:username}/*"));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(RoleSession(), "s3:GetObject", "arn:aws:s3:::bucket/home//x", policy)));
    }

    [Fact]
    public void PrincipalTagInResourceAndDefaultValue()
    {
        var policy = Compiled(Allow("s3:GetObject", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/*"));
        var tagged = new AuthorizationRequest(User(), "s3:GetObject", "arn:aws:s3:::bucket/blue/k", new RequestContext().Set("aws:PrincipalTag/team", "blue"), [policy]);
        Assert.Equal(Decision.Allowed, Decide(tagged));
        Assert.Equal(Decision.ImplicitDeny, Decide(tagged with { Resource = "arn:aws:s3:::bucket/shared/k" }));
        var untagged = tagged with { Context = new RequestContext() };
        Assert.Equal(Decision.Allowed, Decide(untagged with { Resource = "arn:aws:s3:::bucket/shared/k" }));
    }

    [Fact]
    public void UseridAndSourceIpVariablesInConditions()
    {
        var principal = User("alice");
        Assert.True(Satisfies(Condition("StringEquals", "s3:prefix", "home/${aws:userid}"), new RequestContext().Set("s3:prefix", "home/AIDAEXAMPLEALICE"), principal));
        Assert.True(Satisfies(Condition("StringEquals", "custom:ip", "${aws:SourceIp}"), new RequestContext().Set("aws:SourceIp", "192.0.2.1").Set("custom:ip", "192.0.2.1")));
    }

    [Fact]
    public void VariableInStringLikeValueMatchesLiterally()
    {
        var context = new RequestContext().Set("aws:PrincipalTag/prefix", "a*").Set("s3:prefix", "abc/");
        Assert.False(Satisfies(Condition("StringLike", "s3:prefix", "${aws:PrincipalTag/prefix}/"), context));
        var literal = new RequestContext().Set("aws:PrincipalTag/prefix", "a*").Set("s3:prefix", "a*/x");
        Assert.True(Satisfies(Condition("StringLike", "s3:prefix", "${aws:PrincipalTag/prefix}/*"), literal));
    }

    [Fact]
    public void EscapesProduceLiteralSpecialCharacters()
    {
        var policy = Compiled(Allow("s3:GetObject", "arn:aws:s3:::bucket/${*}${?}${$}"));
        Assert.Equal(Decision.Allowed, Decide(Request("s3:GetObject", "arn:aws:s3:::bucket/*?$", policy)));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request("s3:GetObject", "arn:aws:s3:::bucket/ab$", policy)));
    }

    [Fact]
    public void VariablesAreLiteralTextUnderVersion2008()
    {
        var policy = Compiled("legacy", PolicyKind.Identity, "2008-10-17", Allow("s3:GetObject", "arn:aws:s3:::bucket/${aws:username}"));
        Assert.Equal(Decision.ImplicitDeny, Decide(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::bucket/alice", policy)));
        Assert.Equal(Decision.Allowed, Decide(Request(User("alice"), "s3:GetObject", "arn:aws:s3:::bucket/${aws:username}", policy)));
    }

    [Fact]
    public void MultivaluedKeyIsNoVariableValue() =>
        Assert.False(Satisfies(Condition("StringEquals", "s3:prefix", "${aws:TagKeys}"), new RequestContext().Set("aws:TagKeys", ["a"]).Set("s3:prefix", "a")));

    [Fact]
    public void ArnConditionWithVariable()
    {
        var context = new RequestContext().Set("aws:SourceArn", "arn:aws:iam::111122223333:user/alice");
        Assert.True(Satisfies(Condition("ArnEquals", "aws:SourceArn", "arn:aws:iam::111122223333:user/${aws:username}"), context, User("alice")));
        Assert.False(Satisfies(Condition("ArnEquals", "aws:SourceArn", "arn:aws:iam::111122223333:user/${aws:username}"), context, User("bob")));
    }

    [Fact]
    public void LongSubstitutedValuesStillMatch()
    {
        var longValue = new string('x', 1000);
        var context = new RequestContext().Set("aws:PrincipalTag/p", longValue).Set("s3:prefix", longValue + "/end");
        Assert.True(Satisfies(Condition("StringLike", "s3:prefix", "${aws:PrincipalTag/p}/*"), context));
    }
}
