using FsCheck;
using FsCheck.Fluent;
using Rampart.Waf.Engine.Transformations;

namespace Rampart.Waf.Engine.Tests;

public sealed class TextTransformationTests
{
    [Theory]
    [InlineData("NONE", "a  B", "a  B")]
    [InlineData("COMPRESS_WHITE_SPACE", "a \t\n\r\f\vb  c", "a b c")]
    [InlineData("HTML_ENTITY_DECODE", "&lt;a&gt; &amp; &quot;x&quot; &#65;&#x42;&#67 &nbsp;", "<a> & \"x\" ABC \u00a0")]
    [InlineData("HTML_ENTITY_DECODE", "&unknown; & &#;", "&unknown; & &#;")]
    [InlineData("LOWERCASE", "AbC É", "abc É")]
    [InlineData("CMD_LINE", "C^M\"D.E'X'E  /c ,dir;  (x)", "cmd.exe/c dir(x)")]
    [InlineData("URL_DECODE", "a%20b+c%3d%zz%4", "a b c=%zz%4")]
    [InlineData("URL_DECODE_UNI", "%u0041%uFF1C%41", "A<A")]
    [InlineData("BASE64_DECODE", "aGVsbG8=", "hello")]
    [InlineData("BASE64_DECODE", "aGVs!bG8=", "hel")]
    [InlineData("BASE64_DECODE_EXT", "aGVs!bG8=", "hello")]
    [InlineData("HEX_DECODE", "414243", "ABC")]
    [InlineData("HEX_DECODE", "41zz", "41zz")]
    [InlineData("REPLACE_COMMENTS", "a/* x */b/* open", "a b ")]
    [InlineData("REPLACE_COMMENTS", "a */ b", "a */ b")]
    [InlineData("ESCAPE_SEQ_DECODE", "a\\nb\\x41\\101\\\\", "a\nbAA\\")]
    [InlineData("SQL_HEX_DECODE", "SELECT 0x414243", "SELECT ABC")]
    [InlineData("CSS_DECODE", "\\6a \\61vascript\\:", "javascript:")]
    [InlineData("JS_DECODE", "\\u0061\\x6c\\145rt\\(1\\)", "alert(1)")]
    [InlineData("NORMALIZE_PATH", "/a//b/./c/../d", "/a/b/d")]
    [InlineData("NORMALIZE_PATH", "../x/../../y", "../../y")]
    [InlineData("NORMALIZE_PATH_WIN", "\\a\\.\\b\\..\\c", "/a/c")]
    [InlineData("REMOVE_NULLS", "a\0b\0", "ab")]
    [InlineData("REPLACE_NULLS", "a\0b", "a b")]
    [InlineData("UTF8_TO_UNICODE", "a\u00c3\u00a9", "a%u00E9")]
    public void Transformations_decode_as_AWS_describes(string type, string input, string expected) =>
        Assert.Equal(expected, TextTransformations.Apply(Enum.Parse<TextTransformationType>(type), input));

    [Fact]
    public void Md5_is_the_raw_digest()
    {
        var digest = TextTransformations.Apply(TextTransformationType.MD5, "abc");
        Assert.Equal("900150983cd24fb0d6963f7d28e17f72", Convert.ToHexStringLower(System.Text.Encoding.Latin1.GetBytes(digest)));
    }

    [Fact]
    public void Every_model_transformation_type_is_implemented()
    {
        Assert.Equal(21, Enum.GetValues<TextTransformationType>().Length);
    }

    [Fact]
    public void Transformations_are_total()
    {
        var types = Enum.GetValues<TextTransformationType>();
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null).ToArbitrary(), Gen.Elements(types).ToArbitrary(), (input, type) =>
        {
            var output = TextTransformations.Apply(type, input);
            return output is not null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Transformations_are_total_on_escape_heavy_input()
    {
        var pieces = Gen.Elements("%", "%u", "%2", "&#", "&#x", "&", ";", "\\", "\\x", "\\u00", "0x", "/*", "*/", "/", "..", "a", "1", "F", "'", "\0", "\u00c3", "\u00ff", "=", "+");
        var inputs = pieces.ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
        foreach (var type in Enum.GetValues<TextTransformationType>())
        {
            Prop.ForAll(inputs, input => TextTransformations.Apply(type, input) is not null).QuickCheckThrowOnFailure();
        }
    }
}
