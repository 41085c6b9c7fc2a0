using System.Text;
using System.Text.Json;
using Rampart.Storage.Items;
using Rampart.Storage.Secrets;
using Rampart.TestSupport;

namespace Rampart.Storage.Tests.Secrets;

public sealed class SecretsAtRestTests
{
    [Fact]
    public async Task The_database_files_alone_reveal_no_protected_secret()
    {
        using var directory = new TempDirectory("at-rest");
        var secretAccessKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(30));
        const string VisibleMarker = "visible-marker-7f3a9c";
        using (var protector = new SecretProtector(new FileMasterKeySource(directory.File(MasterKey.FileName))))
        {
            await using var store = await StoreFactory.OpenAsync(null, directory.Path);
            var sealedSecret = protector.Protect(Encoding.UTF8.GetBytes(secretAccessKey), Encoding.UTF8.GetBytes("AKIAEXAMPLE000000001"));
            var document = JsonSerializer.Serialize(new { accessKeyId = "AKIAEXAMPLE000000001", note = VisibleMarker, secret = sealedSecret });
            await store.PutAsync(new ItemKey("iam.access-key", "111122223333", "AKIAEXAMPLE000000001"), document);
            await store.AppendEventsAsync([new("event-1", DateTimeOffset.UtcNow, "111122223333/us-east-1", [], Encoding.UTF8.GetBytes($$"""{"note":"{{VisibleMarker}}"}"""))]);
        }

        var databaseBytes = Directory.GetFiles(directory.Path, "rampart.db*").Select(File.ReadAllBytes).ToList();

        // The marker shows the scan reads the very bytes the store wrote; the secret, in any plain form, is absent.
        Assert.Contains(databaseBytes, bytes => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(VisibleMarker)) >= 0);
        Assert.All(databaseBytes, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secretAccessKey))));
        Assert.All(databaseBytes, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(secretAccessKey))))));

        using var reopened = new SecretProtector(new FileMasterKeySource(directory.File(MasterKey.FileName)));
        await using var again = await StoreFactory.OpenAsync(null, directory.Path);
        var item = await again.GetAsync(new ItemKey("iam.access-key", "111122223333", "AKIAEXAMPLE000000001"));
        var stored = JsonDocument.Parse(item!.Json).RootElement.GetProperty("secret").GetBytesFromBase64();
        Assert.Equal(secretAccessKey, Encoding.UTF8.GetString(reopened.Unprotect(stored, Encoding.UTF8.GetBytes("AKIAEXAMPLE000000001"))));
    }
}
