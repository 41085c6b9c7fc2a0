using Rampart.Identity;

namespace Rampart.Tests.Identity;

public class UuidsTests
{
    [Fact]
    public void Version4_UUIDs_carry_version_4_and_the_RFC_variant_and_do_not_repeat()
    {
        // More than one refill of the per-thread buffer, so reuse of handed-out bytes would show as repeats.
        var seen = new HashSet<Guid>();
        for (var index = 0; index < 1_000; index++)
        {
            var uuid = Uuids.Version4();
            Assert.Equal(4, uuid.Version);
            Assert.Contains(VariantCharacter(uuid), "89ab");
            Assert.True(seen.Add(uuid), $"{uuid} came twice");
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1_763_856_000_123L)]
    [InlineData(253_402_300_799_999L)]
    public void Version7_UUIDs_begin_with_the_Unix_time_in_milliseconds(long milliseconds)
    {
        var uuid = Uuids.Version7(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

        Assert.Equal(7, uuid.Version);
        Assert.Contains(VariantCharacter(uuid), "89ab");
        Assert.Equal(milliseconds.ToString("x12", System.Globalization.CultureInfo.InvariantCulture), uuid.ToString("N")[..12]);
    }

    [Fact]
    public void Version7_UUIDs_sort_by_their_time_and_match_what_the_runtime_makes_for_that_time()
    {
        var earlier = DateTimeOffset.FromUnixTimeMilliseconds(1_763_856_000_000);
        var later = earlier.AddMilliseconds(1);

        var first = Uuids.Version7(earlier).ToString();
        var second = Uuids.Version7(later).ToString();

        Assert.True(string.CompareOrdinal(first, second) < 0, $"{first} should sort before {second}");
        Assert.Equal(Guid.CreateVersion7(earlier).ToString()[..15], first[..15]);
    }

    [Fact]
    public void A_time_before_1970_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Uuids.Version7(DateTimeOffset.UnixEpoch.AddMilliseconds(-1)));

    private static char VariantCharacter(Guid uuid) => uuid.ToString("N")[16];
}
