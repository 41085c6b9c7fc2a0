using System.Text;

namespace Rampart.Shield.Api.Common;

/// <summary>Paging tokens: the store key to continue after, opaque to callers.</summary>
public static class ShieldToken
{
    public const int DefaultMaxResults = 20;

    public static string? Write(string? startAfter) =>
        startAfter is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(startAfter));

    public static string? Read(string? token)
    {
        if (token is null)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw new Protocol.AwsException("InvalidPaginationTokenException", "Invalid pagination token");
        }
    }
}
