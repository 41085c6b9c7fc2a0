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
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        var key = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }

            // Moving without overwrite is atomic, so concurrent first starts agree on one key and none reads a partial file.
            File.Move(temporary, Path, overwrite: false);
        }
        catch (IOException) when (File.Exists(Path))
        {
            File.Delete(temporary);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
