using System.Buffers.Text;
using System.Text;
using Rampart.Iam.Common;

namespace Rampart.Iam.Policies;

/// <summary>IAM's opaque Marker for listings that are not one store range scan (AWS managed policies, a policy's
/// versions and tags): the last key returned, encoded as <see cref="IamPaging"/> encodes its markers.</summary>
public static class PageMarker
{
    public const int DefaultMaxItems = IamPaging.DefaultMaxItems;

    public static string Issue(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));

    public static string? Redeem(string? marker)
    {
        if (string.IsNullOrEmpty(marker))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(marker));
        }
        catch (FormatException)
        {
            throw IamErrors.Validation("Invalid Marker.");
        }
    }
}
