using System.Security.Cryptography;
using Rampart.Kms.Keys;
using Rampart.Storage.Secrets;

namespace Rampart.Tests.Kms;

public sealed class KeyMaterialVaultTests : IDisposable
{
    private const string Arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private const string OtherArn = "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";

    private readonly SecretProtector secrets = new(new FixedMasterKey(RandomNumberGenerator.GetBytes(MasterKey.SizeInBytes)));

    [Fact]
    public void Sealed_material_opens_only_for_its_key_and_version()
    {
        var vault = new KeyMaterialVault(secrets);
        var material = RandomNumberGenerator.GetBytes(32);
        var sealedMaterial = vault.Seal(Arn, 2, material);

        Assert.DoesNotContain(Convert.ToBase64String(material), sealedMaterial.Protected, StringComparison.Ordinal);
        Assert.Equal(material, vault.Open(Arn, sealedMaterial));
        Assert.Throws<SecretUnprotectException>(() => vault.Open(OtherArn, sealedMaterial));
        Assert.Throws<SecretUnprotectException>(() => vault.Open(Arn, sealedMaterial with { Version = 1 }));
    }

    [Fact]
    public void Every_key_spec_makes_material_its_family_can_use()
    {
        foreach (var name in new[] { "SYMMETRIC_DEFAULT", "RSA_2048", "ECC_NIST_P521", "HMAC_384" })
        {
            var spec = KeySpecs.Find(name)!;
            var material = KeyMaterialGenerator.Generate(spec);
            switch (spec.Family)
            {
                case KeyFamily.Rsa:
                    using (var rsa = RSA.Create())
                    {
                        rsa.ImportPkcs8PrivateKey(material, out _);
                        Assert.Equal(2048, rsa.KeySize);
                    }
                    break;
                case KeyFamily.Ecc:
                    using (var ecdsa = ECDsa.Create())
                    {
                        ecdsa.ImportPkcs8PrivateKey(material, out _);
                        Assert.Equal(521, ecdsa.KeySize);
                    }
                    break;
                default:
                    Assert.Equal(spec.Bits / 8, material.Length);
                    break;
            }
        }
    }

    public void Dispose() => secrets.Dispose();

    private sealed class FixedMasterKey(byte[] key) : IMasterKeySource
    {
        public string Description => "test";

        public byte[] LoadKey() => (byte[])key.Clone();
    }
}
