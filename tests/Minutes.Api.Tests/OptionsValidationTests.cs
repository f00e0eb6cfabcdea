using Microsoft.Extensions.Options;

namespace Minutes.Api.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Ingest:MaxFileSizeMb", "0", "MaxFileSizeMb")]
    [InlineData("Cors:Origins:0", "portal.example.dk/search", "Cors:Origins")]
    [InlineData("RateLimit:AskPermits", "-1", "AskPermits")]
    public async Task InvalidSettingStopsTheStartNamingIt(string key, string value, string named)
    {
        await using var api = new MisconfiguredApi(key, value);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? Assert.IsType<OptionsValidationException>(error.GetBaseException());
        Assert.Contains(named, validation.Message);
    }

    private sealed class MisconfiguredApi(string key, string value) : ApiFactory
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings[key] = value;
    }
}
