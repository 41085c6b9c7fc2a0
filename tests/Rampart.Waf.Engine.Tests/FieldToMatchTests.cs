using static Rampart.Waf.Engine.Tests.Waf;

namespace Rampart.Waf.Engine.Tests;

public sealed class FieldToMatchTests
{
    [Theory]
    [InlineData("EXACTLY", "/login", true)]
    [InlineData("EXACTLY", "/log", false)]
    [InlineData("STARTS_WITH", "/lo", true)]
    [InlineData("ENDS_WITH", "gin", true)]
    [InlineData("ENDS_WITH", "/lo", false)]
    [InlineData("CONTAINS", "ogi", true)]
    [InlineData("CONTAINS", "LOGIN", false)]
    public void Byte_match_positions(string position, string search, bool matches) =>
        Assert.Equal(matches, Blocks(ByteMatch(Field("UriPath"), search, position), Request("/login")));

    [Theory]
    [InlineData("BadBot", true)]
    [InlineData("BadBot;", true)]
    [InlineData("x BadBot/1.0", true)]
    [InlineData("BadBots", false)]
    [InlineData("aBadBot", false)]
    [InlineData("Bad_BadBot", false)]
    public void Contains_word_needs_non_word_characters_around_the_word(string userAgent, bool matches) =>
        Assert.Equal(matches, Blocks(ByteMatch(Field("SingleHeader", "user-agent"), "BadBot", "CONTAINS_WORD"), Request(headers: ("User-Agent", userAgent))));

    [Fact]
    public void Contains_word_takes_only_word_characters()
    {
        Assert.Throws<WafDefinitionException>(() => CompileOne(ByteMatch(Field("UriPath"), "a b", "CONTAINS_WORD")));
    }

    [Fact]
    public void Transformations_apply_in_priority_order()
    {
        // Lowercase then URL-decode leaves %41 as 'A'; URL-decode then lowercase gives 'a'.
        var lowerFirst = """{"ByteMatchStatement":{"SearchString":"YQ==","FieldToMatch":{"QueryString":{}},"PositionalConstraint":"EXACTLY","TextTransformations":[{"Priority":5,"Type":"URL_DECODE"},{"Priority":1,"Type":"LOWERCASE"}]}}""";
        var decodeFirst = """{"ByteMatchStatement":{"SearchString":"YQ==","FieldToMatch":{"QueryString":{}},"PositionalConstraint":"EXACTLY","TextTransformations":[{"Priority":1,"Type":"URL_DECODE"},{"Priority":5,"Type":"LOWERCASE"}]}}""";
        Assert.False(Blocks(lowerFirst, Request(query: "%41")));
        Assert.True(Blocks(decodeFirst, Request(query: "%41")));
    }

    [Fact]
    public void Query_fields()
    {
        var request = Request(query: "a=1&Name=bob&empty=&flag");
        Assert.True(Blocks(ByteMatch(Field("QueryString"), "a=1&Name=bob&empty=&flag", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Field("SingleQueryArgument", "name"), "bob", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Field("SingleQueryArgument", "other"), "bob", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Field("AllQueryArguments"), "bob", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Field("AllQueryArguments"), "Name", "EXACTLY"), request));
    }

    [Fact]
    public void Method_uri_fragment_and_fingerprints()
    {
        Assert.True(Blocks(ByteMatch(Field("Method"), "DELETE", "EXACTLY"), Request(method: "DELETE")));
        var fragment = ByteMatch("""{"UriFragment":{"FallbackBehavior":"MATCH"}}""", "top", "EXACTLY");
        Assert.True(Blocks(fragment, Request() with { UriFragment = "top" }));
        Assert.True(Blocks(fragment, Request()));
        var ja3 = ByteMatch("""{"JA3Fingerprint":{"FallbackBehavior":"NO_MATCH"}}""", "abc", "EXACTLY");
        Assert.True(Blocks(ja3, Request() with { Ja3Fingerprint = "abc" }));
        Assert.False(Blocks(ja3, Request()));
        var ja4 = ByteMatch("""{"JA4Fingerprint":{"FallbackBehavior":"MATCH"}}""", "t13d", "STARTS_WITH");
        Assert.True(Blocks(ja4, Request() with { Ja4Fingerprint = "t13d1516h2_8daaf6152771_b186095e22b6" }));
        Assert.True(Blocks(ja4, Request()));
    }

    [Fact]
    public void Headers_by_pattern_and_scope()
    {
        var request = Request(headers: [("Host", "example.com"), ("X-Secret", "letmein"), ("Accept", "*/*")]);
        string Headers(string pattern, string scope) =>
            $$$"""{"Headers":{"MatchPattern":{{{pattern}}},"MatchScope":"{{{scope}}}","OversizeHandling":"CONTINUE"}}""";
        Assert.True(Blocks(ByteMatch(Headers("""{"All":{}}""", "VALUE"), "letmein", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Headers("""{"All":{}}""", "KEY"), "letmein", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Headers("""{"All":{}}""", "KEY"), "x-secret", "EXACTLY", "LOWERCASE"), request));
        Assert.True(Blocks(ByteMatch(Headers("""{"All":{}}""", "ALL"), "X-Secret", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Headers("""{"ExcludedHeaders":["x-secret"]}""", "VALUE"), "letmein", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Headers("""{"IncludedHeaders":["X-SECRET"]}""", "VALUE"), "letmein", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Headers("""{"IncludedHeaders":["host"]}""", "VALUE"), "letmein", "EXACTLY"), request));
    }

    [Fact]
    public void Cookies_by_pattern_and_scope()
    {
        var request = Request(headers: [("Cookie", "session=abc; theme=dark"), ("Cookie", "tracking=xyz")]);
        string Cookies(string pattern, string scope) =>
            $$$"""{"Cookies":{"MatchPattern":{{{pattern}}},"MatchScope":"{{{scope}}}","OversizeHandling":"CONTINUE"}}""";
        Assert.True(Blocks(ByteMatch(Cookies("""{"All":{}}""", "VALUE"), "xyz", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Cookies("""{"IncludedCookies":["theme"]}""", "VALUE"), "dark", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Cookies("""{"IncludedCookies":["Theme"]}""", "VALUE"), "dark", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Cookies("""{"ExcludedCookies":["session"]}""", "ALL"), "abc", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Cookies("""{"All":{}}""", "KEY"), "tracking", "EXACTLY"), request));
    }

    [Fact]
    public void Header_order_lists_names_in_order()
    {
        var statement = ByteMatch("""{"HeaderOrder":{"OversizeHandling":"CONTINUE"}}""", "host:user-agent:accept", "EXACTLY");
        Assert.True(Blocks(statement, Request(headers: [("Host", "h"), ("User-Agent", "u"), ("Accept", "a")])));
        Assert.False(Blocks(statement, Request(headers: [("User-Agent", "u"), ("Host", "h"), ("Accept", "a")])));
    }

    [Theory]
    [InlineData("CONTINUE", false)]
    [InlineData("MATCH", true)]
    [InlineData("NO_MATCH", false)]
    public void Oversize_body_handling(string handling, bool matches)
    {
        var body = new string('a', WafInspectionLimits.Body + 100) + "needle";
        var statement = ByteMatch($$$"""{"Body":{"OversizeHandling":"{{{handling}}}"}}""", "needle", "CONTAINS");
        Assert.Equal(matches, Blocks(statement, Request(method: "POST", body: body)));
        var small = ByteMatch($$$"""{"Body":{"OversizeHandling":"{{{handling}}}"}}""", "needle", "CONTAINS");
        Assert.True(Blocks(small, Request(method: "POST", body: "has a needle")));
    }

    [Fact]
    public void Oversize_is_judged_on_the_whole_length_even_when_only_the_first_bytes_are_given()
    {
        var request = Request(method: "POST", body: "short") with { BodyLength = 1_000_000 };
        Assert.True(Blocks(ByteMatch("""{"Body":{"OversizeHandling":"MATCH"}}""", "zzz", "CONTAINS"), request));
        var size = """{"SizeConstraintStatement":{"FieldToMatch":{"Body":{}},"ComparisonOperator":"GT","Size":8192,"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""";
        Assert.True(Blocks(size, request));
        Assert.False(Blocks(size, Request(method: "POST", body: "short")));
    }

    [Fact]
    public void Oversize_headers_handling()
    {
        var many = Enumerable.Range(0, 250).Select(i => ($"X-H{i}", "v")).ToArray();
        string Headers(string handling) =>
            ByteMatch($$$"""{"Headers":{"MatchPattern":{"All":{}},"MatchScope":"VALUE","OversizeHandling":"{{{handling}}}"}}""", "nothing-like-this", "EXACTLY");
        Assert.True(Blocks(Headers("MATCH"), Request(headers: many)));
        Assert.False(Blocks(Headers("NO_MATCH"), Request(headers: many)));
        Assert.False(Blocks(Headers("CONTINUE"), Request(headers: many)));
    }

    private static string Json(string scope, string pattern = """{"All":{}}""", string fallback = "") =>
        $$$"""{"JsonBody":{"MatchPattern":{{{pattern}}},"MatchScope":"{{{scope}}}"{{{fallback}}}}}""";

    [Fact]
    public void Json_body_keys_values_and_paths()
    {
        var body = """{"user":{"name":"root","roles":["admin","dev"]},"note":"hi"}""";
        var request = Request(method: "POST", body: body);
        Assert.True(Blocks(ByteMatch(Json("VALUE"), "admin", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Json("KEY"), "admin", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Json("KEY"), "roles", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Json("ALL"), "roles", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Json("VALUE", """{"IncludedPaths":["/user/roles"]}"""), "dev", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Json("VALUE", """{"IncludedPaths":["/user/roles/1"]}"""), "dev", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Json("VALUE", """{"IncludedPaths":["/user/roles/0"]}"""), "dev", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Json("VALUE", """{"IncludedPaths":["/note"]}"""), "root", "EXACTLY"), request));
    }

    [Fact]
    public void Invalid_json_body_fallbacks()
    {
        var request = Request(method: "POST", body: """{"a":"evil", broken""");
        Assert.True(Blocks(ByteMatch(Json("VALUE", fallback: ""","InvalidFallbackBehavior":"MATCH" """), "zzz", "EXACTLY"), request));
        Assert.False(Blocks(ByteMatch(Json("VALUE", fallback: ""","InvalidFallbackBehavior":"NO_MATCH" """), "evil", "EXACTLY"), request));
        Assert.True(Blocks(ByteMatch(Json("VALUE", fallback: ""","InvalidFallbackBehavior":"EVALUATE_AS_STRING" """), "broken", "CONTAINS"), request));
        Assert.True(Blocks(ByteMatch(Json("VALUE"), "evil", "EXACTLY"), request));
    }

    [Fact]
    public void Size_constraint_compares_transformed_bytes()
    {
        string Size(string op, long size) =>
            $$$"""{"SizeConstraintStatement":{"FieldToMatch":{"QueryString":{}},"ComparisonOperator":"{{{op}}}","Size":{{{size}}},"TextTransformations":[{"Priority":0,"Type":"URL_DECODE"}]}}""";
        var request = Request(query: "%41%42%43");
        Assert.True(Blocks(Size("EQ", 3), request));
        Assert.True(Blocks(Size("NE", 9), request));
        Assert.True(Blocks(Size("LE", 3), request));
        Assert.False(Blocks(Size("LT", 3), request));
        Assert.True(Blocks(Size("GE", 3), request));
        Assert.False(Blocks(Size("GT", 3), request));
    }

    [Fact]
    public void Regex_match_and_pattern_sets()
    {
        var regex = """{"RegexMatchStatement":{"RegexString":"^/api/v[0-9]+/admin","FieldToMatch":{"UriPath":{}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""";
        Assert.True(Blocks(regex, Request("/api/v2/admin/users")));
        Assert.False(Blocks(regex, Request("/api/vX/admin")));

        const string arn = "arn:aws:wafv2:us-east-1:111122223333:regional/regexpatternset/bots/3333";
        var references = References(regexSets: [(arn, """{"RegexPatternSet":{"Name":"bots","Id":"3333","ARN":"arn","RegularExpressionList":[{"RegexString":"curl/"},{"RegexString":"(?i)python-requests"}]},"LockToken":"t"}""")]);
        var statement = $$$"""{"RegexPatternSetReferenceStatement":{"ARN":"{{{arn}}}","FieldToMatch":{"SingleHeader":{"Name":"user-agent"}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""";
        Assert.True(Blocks(statement, Request(headers: ("User-Agent", "Python-Requests/2.31")), references));
        Assert.True(Blocks(statement, Request(headers: ("User-Agent", "curl/8.0")), references));
        Assert.False(Blocks(statement, Request(headers: ("User-Agent", "Mozilla/5.0")), references));
    }

    [Fact]
    public void Regexes_that_need_backtracking_still_work()
    {
        var lookahead = """{"RegexMatchStatement":{"RegexString":"^(?=.*admin)(?!.*public)","FieldToMatch":{"UriPath":{}},"TextTransformations":[{"Priority":0,"Type":"NONE"}]}}""";
        Assert.True(Blocks(lookahead, Request("/x/admin")));
        Assert.False(Blocks(lookahead, Request("/public/admin")));
    }
}
