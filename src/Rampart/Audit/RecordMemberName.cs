using System.Text;

namespace Rampart.Audit;

/// <summary>CloudTrail writes requestParameters and responseElements with lowerCamel member names in which an
/// acronym counts as one word: UserName becomes userName, PolicyARN policyArn, KMSKeyId kmsKeyId.</summary>
public static class RecordMemberName
{
    public static string Of(string modelName)
    {
        var name = new StringBuilder(modelName.Length);
        var index = 0;
        while (index < modelName.Length)
        {
            var end = WordEnd(modelName, index);
            var word = modelName.AsSpan(index, end - index);
            if (index == 0)
            {
                foreach (var c in word)
                {
                    name.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                name.Append(word[0]);
                foreach (var c in word[1..])
                {
                    name.Append(char.ToLowerInvariant(c));
                }
            }
            index = end;
        }
        return name.ToString();
    }

    /// <summary>A word is an acronym (a run of capitals, with any digits after it, that stops before a capital
    /// starting a lowercase word) or one capital or lowercase start followed by non-capitals.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start + 1;
        if (char.IsUpper(text[start]) && end < text.Length && char.IsUpper(text[end]))
        {
            while (end < text.Length && char.IsUpper(text[end]) && !(end + 1 < text.Length && char.IsLower(text[end + 1])))
            {
                end++;
            }
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }
            return end;
        }
        while (end < text.Length && !char.IsUpper(text[end]))
        {
            end++;
        }
        return end;
    }
}
