using Rampart.Waf.Engine.Compilation;
using Rampart.Waf.Engine.Detection;

namespace Rampart.Waf.Engine.Tests;

public sealed class DetectorTests
{
    [Theory]
    [InlineData("O'Brien")]
    [InlineData("it's 5 o'clock")]
    [InlineData("select one or two")]
    [InlineData("2 or 3 people")]
    [InlineData("this or that")]
    [InlineData("He said 'yes' or 'no'")]
    [InlineData("Drop table tennis lessons on Friday")]
    [InlineData("delete from my account")]
    [InlineData("update my settings")]
    [InlineData("sleep tight")]
    public void Prose_with_sql_words_is_not_injection(string value)
    {
        Assert.False(SqlInjectionDetector.IsInjection(value, SqlSensitivity.Low));
        Assert.False(SqlInjectionDetector.IsInjection(value, SqlSensitivity.High));
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("admin'--")]
    [InlineData("1 UNION SELECT username, password FROM users")]
    [InlineData("1; DROP TABLE users")]
    [InlineData("1 AND SLEEP(5)")]
    [InlineData("'; WAITFOR DELAY '0:0:5'--")]
    [InlineData("') OR ('a'='a")]
    [InlineData("'/**/UNION/**/SELECT/**/1--")]
    [InlineData("' /*!50000UNION*/ SELECT 1--")]
    public void Classic_injections_are_detected_at_low_sensitivity(string value) =>
        Assert.True(SqlInjectionDetector.IsInjection(value, SqlSensitivity.Low));

    [Fact]
    public void High_sensitivity_flags_bare_statements_that_low_does_not()
    {
        Assert.False(SqlInjectionDetector.IsInjection("select * from users", SqlSensitivity.Low));
        Assert.True(SqlInjectionDetector.IsInjection("select * from users", SqlSensitivity.High));
    }

    [Theory]
    [InlineData("<b>bold</b>")]
    [InlineData("x < y and y > z")]
    [InlineData("I <3 you")]
    [InlineData("<a href=\"https://example.com\">link</a>")]
    [InlineData("JavaScript: The Good Parts")]
    [InlineData("java script: a tutorial")]
    [InlineData("Location=NYC")]
    [InlineData("Set an alert (optional)")]
    [InlineData("onload event handler tutorial")]
    [InlineData("email <john@example.com>")]
    public void Harmless_markup_and_prose_is_not_xss(string value) =>
        Assert.False(CrossSiteScriptingDetector.IsAttack(value));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("\" onmouseover=\"alert(1)")]
    [InlineData("';alert(1)//")]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" \u0001JAVA\\SCRIPT:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("\";location='//attacker.example'")]
    [InlineData("<div style=\"width: expression(alert(1))\">")]
    [InlineData("{{constructor.constructor('alert(1)')()}}")]
    public void Script_injections_are_detected(string value) =>
        Assert.True(CrossSiteScriptingDetector.IsAttack(value));

    [Theory]
    [InlineData("^/api/v[0-9]+/admin", true)]
    [InlineData("(?i)(bad|evil[0-9]+)", true)]
    [InlineData("(a+)+$", false)]
    [InlineData("(a|aa)*b", false)]
    [InlineData(".*a.*b", false)]
    [InlineData("x{2,}y+", false)]
    [InlineData("[(+*]+x{1,3}", true)]
    public void Only_patterns_without_nested_or_repeated_unbounded_quantifiers_backtrack(string pattern, bool safe) =>
        Assert.Equal(safe, RegexSafety.BacktrackingIsSafe(pattern));
}
