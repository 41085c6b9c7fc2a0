using FsCheck.Fluent;
using Rampart.Policy.Parsing;

namespace Rampart.Policy.Tests.Parsing;

/// <summary>Keeps the fuzz input honest: the properties that evaluate or locate accepted documents only mean something
/// if the generator produces accepted documents as well as rejected ones.</summary>
public class PolicyFuzzArbitrariesTests
{
    [Fact]
    public void EverySeedIsValidAsItsKind()
    {
        foreach (var (text, kind) in PolicyFuzzArbitraries.ValidDocuments)
        {
            PolicyParser.Parse(text, kind, "seed");
        }
    }

    [Fact]
    public void TheInputsMixAcceptedAndRejectedDocuments()
    {
        var inputs = PolicyFuzzArbitraries.Inputs().Generator.Sample(2000);
        var accepted = inputs.Count(input => PolicyParser.TryParse(input.Text, input.Kind, "fuzz", out _, out _));

        Assert.InRange(accepted, inputs.Length / 10, inputs.Length - (inputs.Length / 10));
    }
}
