using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Rampart.Signing.Tests;

public class SigningMacTests
{
    /// <summary>However calls alternate between keys, each MAC is the one its own key gives.</summary>
    [Property(MaxTest = 300)]
    public Property Each_mac_is_that_of_its_own_key_whatever_came_before() => Prop.ForAll(
        Gen.Choose(0, 2).Select(index => (index, Gen.Choose(0, 255).Select(value => (byte)value).ArrayOf().Sample(1, 1)[0]))
            .ListOf().ToArbitrary(),
        calls =>
        {
            byte[][] keys = [RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)];
            Span<byte> mac = stackalloc byte[32];
            foreach (var (index, data) in calls)
            {
                SigningMac.Compute(keys[index], data, mac);
                if (!mac.SequenceEqual(HMACSHA256.HashData(keys[index], data)))
                {
                    return false;
                }
            }
            return true;
        });
}
