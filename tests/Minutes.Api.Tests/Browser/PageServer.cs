using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Minutes.Api.Tests.Browser;

/// <summary>
/// The API over a temp copy of the samples (see <see cref="ApiFactory"/>), served by Kestrel on a free
/// loopback port so a real browser can reach it, not only the in-memory test client.
/// </summary>
public sealed class PageServer : ApiFactory
{
    public PageServer() => UseKestrel(0);

    /// <summary>E.g. "http://127.0.0.1:41234"; set once <see cref="InitializeAsync"/> has finished.</summary>
    public string BaseUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BaseUrl = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))?.TrimEnd('/')
            ?? throw new InvalidOperationException($"Kestrel reported no http address (got: {string.Join(", ", addresses)}).");
    }
}
