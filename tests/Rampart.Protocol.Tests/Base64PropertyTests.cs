using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rampart.Protocol.Decoders;

namespace Rampart.Protocol.Tests;

/// <summary>A blob member is accepted exactly when the operations can decode it later.</summary>
public class Base64PropertyTests
{
    private static readonly char[] Alphabet = "ABCXYZabcxyz0189+/= \t\r\n-_%é".ToCharArray();

    [Property(MaxTest = 5000)]
    public Property A_blob_is_accepted_exactly_when_it_decodes() => Prop.ForAll(
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary(),
        text =>
        {
            bool decodes;
            try
            {
                Convert.FromBase64String(text);
                decodes = true;
            }
            catch (FormatException)
            {
                decodes = false;
            }
            return WireScalar.IsBase64(text) == decodes;
        });

    [Theory]
    [InlineData("aGk=", true)]
    [InlineData("aG k=", true)]
    [InlineData("aGk", false)]
    [InlineData("a===", false)]
    [InlineData("aGk-", false)]
    [InlineData("Yy/=", true)]
    [InlineData("", true)]
    public void Known_blobs(string text, bool accepted) => Assert.Equal(accepted, WireScalar.IsBase64(text));
}
