using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Rampart.Storage.Secrets;

/// <summary>
/// The master key kept behind a PKCS#11 token (a hardware security module, or SoftHSM): an AES-256 key that never
/// leaves the token wraps Rampart's 256-bit data key with AES-GCM, and only the wrapped data key sits on disk, in
/// <c>master.key.pkcs11</c> next to the database. Loading the key asks the token to unwrap it. The token's key is
/// created (sensitive, not extractable) on first use when the token has none with the configured label.
/// </summary>
/// <remarks>
/// Configured by an RFC 7512 PKCS#11 URI in the <see cref="VariableName"/> environment variable, for example
/// <c>pkcs11:token=rampart;object=rampart-master?module-path=/usr/lib/softhsm/libsofthsm2.so&amp;pin-source=file:/etc/rampart/pin</c>.
/// Path attributes: <c>token</c> (the token label, required) and <c>object</c> (the key label, default
/// <c>rampart-master</c>). Query attributes: <c>module-path</c> (required), and the user PIN as <c>pin-value</c> or
/// <c>pin-source=file:PATH</c>, or else in the <see cref="PinVariableName"/> environment variable.
/// Moving from the key file keeps the data: <c>rampart master-key move-to-pkcs11</c> (<see cref="MasterKeyMove"/>) wraps
/// the existing key with <see cref="ImportExisting"/>.
/// </remarks>
public sealed class Pkcs11MasterKeySource : IMasterKeySource
{
    public const string VariableName = "RAMPART_MASTER_KEY_PKCS11";
    public const string PinVariableName = "RAMPART_PKCS11_PIN";
    public const string WrappedKeyFileName = "master.key.pkcs11";

    private const string DefaultKeyLabel = "rampart-master";
    private const string FileHeader = "rampart-pkcs11-wrapped-master-key-1";
    private const int NonceSize = 12;
    private const int TagBits = 128;
    private static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes(FileHeader);

    private static readonly Lazy<bool> DynamicLoaderResolved = new(ResolveDynamicLoader);

    private readonly Configuration configuration;
    private readonly string wrappedKeyPath;

    /// <param name="uri">The PKCS#11 URI naming module, token, key and PIN.</param>
    /// <param name="wrappedKeyPath">Where the wrapped data key is kept.</param>
    /// <exception cref="MasterKeyException">The URI is malformed or incomplete.</exception>
    public Pkcs11MasterKeySource(string uri, string wrappedKeyPath)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(wrappedKeyPath);
        configuration = Configuration.Parse(uri);
        this.wrappedKeyPath = wrappedKeyPath;
    }

    public string Description => $"PKCS#11 token '{configuration.Token}', key '{configuration.KeyLabel}' (wrapped data key in {wrappedKeyPath})";

    public byte[] LoadKey()
    {
        if (!File.Exists(wrappedKeyPath))
        {
            var created = RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes);
            ImportExisting(created);
            return created;
        }
        var wrapped = ReadWrappedKey();
        return WithTokenKey(createIfMissing: false, (session, factories, key) =>
        {
            using var parameters = factories.MechanismParamsFactory.CreateCkGcmParams(wrapped[..NonceSize], NonceSize * 8, AssociatedData, TagBits);
            byte[] plaintext;
            try
            {
                plaintext = session.Decrypt(factories.MechanismFactory.Create(CKM.CKM_AES_GCM, parameters), key, wrapped[NonceSize..]);
            }
            catch (Pkcs11Exception e)
            {
                throw new MasterKeyException($"The token could not unwrap {wrappedKeyPath}: it was altered or wrapped under another key ({e.RV}).");
            }
            if (plaintext.Length != MasterKey.SizeInBytes)
            {
                CryptographicOperations.ZeroMemory(plaintext);
                throw new MasterKeyException($"{wrappedKeyPath} does not hold a {MasterKey.SizeInBytes}-byte key.");
            }
            return plaintext;
        });
    }

    /// <summary>Wraps an existing master key (such as the one of <see cref="FileMasterKeySource"/>) under the token's
    /// key and writes it to the wrapped key file, so the data it protects stays readable after the move.</summary>
    public void ImportExisting(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != MasterKey.SizeInBytes)
        {
            throw new MasterKeyException($"A master key has {MasterKey.SizeInBytes} bytes.");
        }
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedKey = WithTokenKey(createIfMissing: true, (session, factories, key) =>
        {
            using var parameters = factories.MechanismParamsFactory.CreateCkGcmParams(nonce, NonceSize * 8, AssociatedData, TagBits);
            return session.Encrypt(factories.MechanismFactory.Create(CKM.CKM_AES_GCM, parameters), key, masterKey);
        });
        var directory = Path.GetDirectoryName(Path.GetFullPath(wrappedKeyPath))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(wrappedKeyPath)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(new FileStream(temporary, options)))
        {
            writer.WriteLine(FileHeader);
            writer.WriteLine(Convert.ToBase64String([.. nonce, .. sealedKey]));
        }
        File.Move(temporary, wrappedKeyPath, overwrite: true);
    }

    private byte[] ReadWrappedKey()
    {
        var lines = File.ReadAllLines(wrappedKeyPath);
        var wrapped = new byte[512];
        if (lines.Length < 2 || lines[0] != FileHeader || !Convert.TryFromBase64String(lines[1].Trim(), wrapped, out var length)
            || length <= NonceSize + TagBits / 8)
        {
            throw new MasterKeyException($"{wrappedKeyPath} is not a wrapped master key file.");
        }
        return wrapped[..length];
    }

    private T WithTokenKey<T>(bool createIfMissing, Func<ISession, Pkcs11InteropFactories, IObjectHandle, T> use)
    {
        _ = DynamicLoaderResolved.Value;
        var factories = new Pkcs11InteropFactories();
        IPkcs11Library library;
        try
        {
            library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, configuration.ModulePath, AppType.MultiThreaded);
        }
        catch (Exception e) when (e is Pkcs11Exception or UnmanagedException or DllNotFoundException or IOException)
        {
            throw new MasterKeyException(
                $"The PKCS#11 module {configuration.ModulePath} could not be loaded ({e.Message}). For SoftHSM: apt-get install softhsm2.");
        }
        using (library)
        {
            var slot = library.GetSlotList(SlotsType.WithTokenPresent).FirstOrDefault(s => s.GetTokenInfo().Label.Trim() == configuration.Token)
                ?? throw new MasterKeyException(
                    $"No PKCS#11 token labelled '{configuration.Token}' is present (create one: softhsm2-util --init-token --free --label {configuration.Token}).");
            using var session = slot.OpenSession(SessionType.ReadWrite);
            try
            {
                session.Login(CKU.CKU_USER, configuration.Pin());
            }
            catch (Pkcs11Exception e)
            {
                throw new MasterKeyException($"Logging in to PKCS#11 token '{configuration.Token}' failed ({e.RV}).");
            }
            try
            {
                return use(session, factories, FindOrCreateKey(session, factories, createIfMissing));
            }
            finally
            {
                session.Logout();
            }
        }
    }

    /// <summary>Pkcs11Interop loads modules through "libdl", a name that glibc 2.34 and later only provide with the
    /// development package; the runtime library is libdl.so.2 (or libc itself), so the name is resolved here.</summary>
    private static bool ResolveDynamicLoader()
    {
        NativeLibrary.SetDllImportResolver(typeof(Pkcs11InteropFactories).Assembly, (name, assembly, path) =>
            name == "libdl" && OperatingSystem.IsLinux()
                && (NativeLibrary.TryLoad("libdl.so.2", assembly, path, out var handle) || NativeLibrary.TryLoad("libc.so.6", assembly, path, out handle))
                ? handle
                : IntPtr.Zero);
        return true;
    }

    private IObjectHandle FindOrCreateKey(ISession session, Pkcs11InteropFactories factories, bool create)
    {
        var attributes = factories.ObjectAttributeFactory;
        var found = session.FindAllObjects(
        [
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY),
            attributes.Create(CKA.CKA_KEY_TYPE, CKK.CKK_AES),
            attributes.Create(CKA.CKA_LABEL, configuration.KeyLabel),
        ]);
        switch (found.Count)
        {
            case 1:
                return found[0];
            case > 1:
                throw new MasterKeyException($"PKCS#11 token '{configuration.Token}' holds {found.Count} AES keys labelled '{configuration.KeyLabel}'; keep one.");
        }
        if (!create)
        {
            throw new MasterKeyException(
                $"PKCS#11 token '{configuration.Token}' has no AES key labelled '{configuration.KeyLabel}', so {wrappedKeyPath} cannot be unwrapped.");
        }
        return session.GenerateKey(factories.MechanismFactory.Create(CKM.CKM_AES_KEY_GEN),
        [
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_SECRET_KEY),
            attributes.Create(CKA.CKA_KEY_TYPE, CKK.CKK_AES),
            attributes.Create(CKA.CKA_VALUE_LEN, (ulong)MasterKey.SizeInBytes),
            attributes.Create(CKA.CKA_LABEL, configuration.KeyLabel),
            attributes.Create(CKA.CKA_TOKEN, true),
            attributes.Create(CKA.CKA_PRIVATE, true),
            attributes.Create(CKA.CKA_SENSITIVE, true),
            attributes.Create(CKA.CKA_EXTRACTABLE, false),
            attributes.Create(CKA.CKA_ENCRYPT, true),
            attributes.Create(CKA.CKA_DECRYPT, true),
        ]);
    }

    /// <summary>The parts of a PKCS#11 URI this source uses (RFC 7512).</summary>
    private sealed record Configuration(string ModulePath, string Token, string KeyLabel, string? PinValue, string? PinSource)
    {
        public static Configuration Parse(string uri)
        {
            const string Scheme = "pkcs11:";
            if (!uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                throw new MasterKeyException($"{VariableName} must be a PKCS#11 URI starting with '{Scheme}'.");
            }
            var rest = uri[Scheme.Length..];
            var query = rest.IndexOf('?', StringComparison.Ordinal);
            var path = Attributes(query < 0 ? rest : rest[..query], ';');
            var queries = Attributes(query < 0 ? "" : rest[(query + 1)..], '&');
            var module = queries.GetValueOrDefault("module-path")
                ?? throw new MasterKeyException($"The PKCS#11 URI in {VariableName} needs module-path (e.g. ?module-path=/usr/lib/softhsm/libsofthsm2.so).");
            var token = path.GetValueOrDefault("token")
                ?? throw new MasterKeyException($"The PKCS#11 URI in {VariableName} needs the token label (pkcs11:token=LABEL).");
            return new Configuration(module, token, path.GetValueOrDefault("object") ?? DefaultKeyLabel,
                queries.GetValueOrDefault("pin-value"), queries.GetValueOrDefault("pin-source"));
        }

        public string Pin()
        {
            if (PinValue is not null)
            {
                return PinValue;
            }
            if (PinSource is not null)
            {
                var file = PinSource.StartsWith("file:", StringComparison.Ordinal) ? PinSource["file:".Length..] : PinSource;
                try
                {
                    return File.ReadAllText(file).TrimEnd('\r', '\n');
                }
                catch (IOException e)
                {
                    throw new MasterKeyException($"The PKCS#11 PIN file {file} cannot be read: {e.Message}");
                }
            }
            return Environment.GetEnvironmentVariable(PinVariableName)
                ?? throw new MasterKeyException($"No PKCS#11 user PIN: give pin-value or pin-source in the URI, or set {PinVariableName}.");
        }

        private static Dictionary<string, string> Attributes(string text, char separator)
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var part in text.Split(separator, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    throw new MasterKeyException($"The PKCS#11 URI attribute '{part}' has no value.");
                }
                attributes[Uri.UnescapeDataString(part[..equals])] = Uri.UnescapeDataString(part[(equals + 1)..]);
            }
            return attributes;
        }
    }
}
