using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Rampart.Hosting;
using Rampart.Identity;
using Rampart.TestSupport;

namespace Rampart.Tests.Server;

/// <summary>The server hosted in the test process and called with the AWS SDK for .NET.</summary>
public sealed class InProcessServerTests : IAsyncLifetime
{
    private readonly TempDirectory data = new("inprocess");
    private WebApplication? app;
    private ServerCore? core;
    private string endpoint = "";

    public async Task InitializeAsync()
    {
        var options = new ServerOptions(new Uri("http://127.0.0.1:0"), data.Path, null, "111122223333", "us-east-1", AuthMode.Enforce);
        var opening = ServerCore.OpenAsync(options, default);
        app = ServerApplication.Build(options, opening);
        core = await opening;
        await app.StartAsync();
        endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    [Fact]
    public async Task The_aws_sdk_for_dotnet_gets_the_root_identity()
    {
        using var sts = Client(core!.Boot.Account.RootAccessKeyId, core.Boot.RootSecretAccessKey);

        var identity = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal("arn:aws:iam::111122223333:root", identity.Arn);
        Assert.Equal("111122223333", identity.UserId);
        Assert.False(string.IsNullOrEmpty(identity.ResponseMetadata.RequestId));
    }

    [Fact]
    public async Task An_unexpected_failure_is_an_aws_InternalFailure_with_a_request_id()
    {
        // A record the server cannot read makes authentication fail in a way no AWS error describes.
        const string brokenKey = "AKIABROKENBROKENBROK";
        await core!.Store.PutAsync(AccessKeyRecord.KeyOf(brokenKey), """{"AccessKeyId": 5}""");
        using var sts = Client(brokenKey, new string('s', 40));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("InternalFailure", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(ErrorType.Receiver, error.ErrorType);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (core is not null)
        {
            await core.DisposeAsync();
        }
        data.Dispose();
    }

    private AmazonSecurityTokenServiceClient Client(string accessKeyId, string secretAccessKey) => new(
        new BasicAWSCredentials(accessKeyId, secretAccessKey),
        new AmazonSecurityTokenServiceConfig { ServiceURL = endpoint, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
}
