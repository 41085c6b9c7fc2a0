using System.Security.Cryptography;

namespace Rampart.Storage.Secrets;

/// <summary>
/// Keeps the master key as 32 raw bytes in a file readable by its owner only (mode 0600), creating it with fresh
/// random bytes on first use. A key file that group or others may read or write is refused.
/// </summary>
public sealed class FileMasterKeySource(string path) : IMasterKeySource
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Description => $"key file {Path}";

    public byte[] LoadKey()
    {
        if (!File.Exists(Path))
        {
            CreateKeyFile();
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(Path);
            if ((mode & ~(OwnerOnly | UnixFileMode.UserExecute)) != 0)
            {
                throw new MasterKeyException(
                    $"The master key file {Path} is accessible to other users (mode {Convert.ToString((int)mode, 8)}); run `chmod 600 {Path}`.");
            }
        }

        var key = File.ReadAllBytes(Path);
        if (key.Length != MasterKey.SizeInBytes)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new MasterKeyException($"The master key file {Path} must hold exactly {MasterKey.SizeInBytes} bytes.");
        }

        return key;
    }

    private void CreateKeyFile()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        // Creation is serialized by an exclusive lock, so concurrent first starts (threads or processes) agree on
        // one key whatever the file system's rename and link semantics.
        using var creationLock = AcquireCreationLock(directory);
        if (File.Exists(Path))
        {
            return;
        }

        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        var key = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
        try
        {
            using (var stream = new FileStream(temporary, OwnerOnlyOptions(FileMode.CreateNew, FileAccess.Write, FileShare.None)))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }

            // Readers never take the lock, so the key appears whole, in one rename.
            File.Move(temporary, Path, overwrite: false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            File.Delete(temporary);
        }
    }

    private FileStream AcquireCreationLock(string directory)
    {
        var lockPath = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, OwnerOnlyOptions(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }
        }
    }

    private static FileStreamOptions OwnerOnlyOptions(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return options;
    }
}
