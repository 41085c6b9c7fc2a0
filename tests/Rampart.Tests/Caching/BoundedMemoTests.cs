using Rampart.Caching;

namespace Rampart.Tests.Caching;

public class BoundedMemoTests
{
    [Fact]
    public void A_key_asked_for_again_gets_the_same_instance_without_computing_it_again()
    {
        var computed = 0;
        var memo = new BoundedMemo<string, string>(key => { computed++; return key + "!"; });

        var first = memo["a"];
        var second = memo["a"];

        Assert.Equal("a!", first);
        Assert.Same(first, second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public void Past_its_capacity_the_memo_starts_over_and_still_answers_every_key()
    {
        var computed = new List<int>();
        var memo = new BoundedMemo<int, string>(key => { computed.Add(key); return key.ToString(System.Globalization.CultureInfo.InvariantCulture); }, capacity: 3);

        foreach (var key in Enumerable.Range(0, 10))
        {
            Assert.Equal(key.ToString(System.Globalization.CultureInfo.InvariantCulture), memo[key]);
        }
        _ = memo[9];
        _ = memo[0];

        // 9 was remembered after the last start-over; 0 had been forgotten and was computed again.
        Assert.Equal([.. Enumerable.Range(0, 10), 0], computed);
    }
}
