using System.Text;

namespace Rampart.Storage.Items;

/// <summary>
/// Validation shared by every name the store persists, so both dialects accept the same inputs.
/// Limits are in UTF-8 bytes because they keep every index entry within PostgreSQL's B-tree row limit.
/// </summary>
internal static class StoreNames
{
    public static string Check(string value, string parameterName, int maxUtf8Bytes, bool allowEmpty)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (!allowEmpty && value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }

        if (value.Length > maxUtf8Bytes || Encoding.UTF8.GetByteCount(value) > maxUtf8Bytes)
        {
            throw new ArgumentException($"The value must be at most {maxUtf8Bytes} bytes long in UTF-8.", parameterName);
        }

        // PostgreSQL text cannot hold NUL; refusing it everywhere keeps the two stores interchangeable.
        if (value.Contains('\0'))
        {
            throw new ArgumentException("The value must not contain the NUL character.", parameterName);
        }

        return value;
    }
}
