using System.Globalization;
using Rampart.Storage;
using Rampart.Storage.Items;

// Writes items one after another and prints each key only after its commit returned, so whoever kills this
// process knows exactly which writes were acknowledged. Usage: CrashWriter STORE|- DATA_DIRECTORY COUNT
if (args.Length != 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: Rampart.Storage.CrashWriter STORE|- DATA_DIRECTORY COUNT");
    return 2;
}

var storeUri = args[0] == "-" ? null : args[0];
await using var store = await StoreFactory.OpenAsync(storeUri, args[1]);
using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
output.WriteLine("ready");
for (var index = 0; index < count; index++)
{
    var key = $"key-{index:D7}";
    var indexKey = $"index-{index:D7}";
    await store.CommitAsync(
    [
        new StoreWrite.Put(new ItemKey("crash.item", "burst", key), $$"""{"n":{{index}}}""", StoreWrite.Absent),
        new StoreWrite.Put(new ItemKey("crash.index", "burst", indexKey), $$"""{"key":"{{key}}"}""", StoreWrite.Absent),
    ]);
    output.WriteLine(key);
}

output.WriteLine("done");
return 0;
