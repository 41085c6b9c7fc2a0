using System.Security.Cryptography;

namespace Rampart.Organizations.Policies;

/// <summary>Policy IDs as AWS makes them: "p-" and eight lowercase letters or digits.</summary>
public static class PolicyIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => "p-" + RandomNumberGenerator.GetString(Alphabet, 8);
}
