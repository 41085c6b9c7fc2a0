using System.Globalization;
using Rampart.Storage;
using Rampart.Storage.Items;

// Several concurrent writers commit two-item transactions; each key is printed only after its commit returned,
// so whoever kills this process knows exactly which writes were acknowledged. Concurrency makes the stores
// commit several transactions at once (SQLite's group commit), which a crash must not tear apart either.
// Usage: Rampart.Storage.CrashWriter STORE|- DATA_DIRECTORY COUNT
const int Writers = 4;

if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: Rampart.Storage.CrashWriter STORE|- DATA_DIRECTORY COUNT");
    return 2;
}

var storeUri = args[0] == "-" ? null : args[0];
await using var store = await StoreFactory.OpenAsync(storeUri, args[1]);
var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
var outputLock = new Lock();
void Acknowledge(string line)
{
    lock (outputLock)
    {
        output.WriteLine(line);
    }
}

Acknowledge("ready");
var next = -1;
await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
{
    for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
    {
        var key = $"key-{index:D7}";
        await store.CommitAsync(
        [
            new StoreWrite.Put(new ItemKey("crash.item", "burst", key), $$"""{"n":{{index}}}""", StoreWrite.Absent),
            new StoreWrite.Put(new ItemKey("crash.index", "burst", $"index-{index:D7}"), $$"""{"key":"{{key}}"}""", StoreWrite.Absent),
        ]);
        Acknowledge(key);
    }
})));

Acknowledge("done");
return 0;
