using System.Diagnostics;
using Rampart.Iam.Mfa.QrCode;
using Rampart.TestSupport;

namespace Rampart.Tests.Iam.QrCodes;

/// <summary>The QR code PNG of CreateVirtualMFADevice decodes back to its otpauth:// URI, always with
/// <see cref="QrReader"/> and also with zbar's zbarimg where it is installed (Debian's zbar-tools).</summary>
public sealed class QrCodeTests
{
    private const string ZbarImg = "/usr/bin/zbarimg";

    public static TheoryData<string> Uris => new()
    {
        OtpAuthUri.For("phone", "123456789012", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
        OtpAuthUri.For("a-rather-long-device-name-for-the-on-call-engineers-phone", "210987654321", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
        OtpAuthUri.For(new string('d', 226), "123456789012", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
        OtpAuthUri.For(new string('@', 226), "123456789012", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
        "otpauth://totp/x@1",
    };

    [Theory]
    [MemberData(nameof(Uris))]
    public async Task The_png_decodes_back_to_the_uri(string uri)
    {
        var png = PngImage.Of(QrMatrix.Encode(System.Text.Encoding.UTF8.GetBytes(uri)));
        Assert.Equal(uri, QrReader.Decode(PngModules.Read(png)));
        if (File.Exists(ZbarImg))
        {
            Assert.Equal(uri, await ZbarAsync(png));
        }
    }

    /// <summary>What zbar's zbarimg reads from the image.</summary>
    private static async Task<string> ZbarAsync(byte[] png)
    {
        using var directory = new TempDirectory("qr");
        var file = directory.File("code.png");
        await File.WriteAllBytesAsync(file, png);
        var start = new ProcessStartInfo(ZbarImg, ["--raw", "-q", "-Sbinary", file]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output.TrimEnd('\n');
    }

    [Fact]
    public void Versions_grow_with_the_payload_and_have_the_standard_number_of_codewords()
    {
        Assert.Equal(1, QrVersion.For(17).Number);
        Assert.Equal(2, QrVersion.For(18).Number);
        Assert.Equal(15, QrVersion.For(520).Number);
        Assert.Equal(20, QrVersion.For(858).Number);
        Assert.Throws<ArgumentException>(() => QrVersion.For(859));
        foreach (var number in Enumerable.Range(1, QrVersion.Max))
        {
            var version = Enumerable.Range(0, 859).Select(QrVersion.For).First(v => v.Number == number);
            var modules = (16 * number + 128) * number + 64;
            if (number >= 2)
            {
                var count = number / 7 + 2;
                modules -= (25 * count - 10) * count - 55;
                if (number >= 7)
                {
                    modules -= 36;
                }
            }
            Assert.Equal(modules / 8, version.TotalCodewords);
        }
    }
}
