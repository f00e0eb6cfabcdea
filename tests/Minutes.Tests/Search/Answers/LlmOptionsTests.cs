using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Search;
using Minutes.Search.Answers;

namespace Minutes.Tests.Search.Answers;

public sealed class LlmOptionsTests
{
    private static LlmOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddMinutesSearch(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<LlmOptions>>().Value;
    }

    [Fact]
    public void WithoutEndpointAndModelSummariesAreOffAndTheDefaultsHold()
    {
        var options = Resolve(("Llm:Endpoint", ""), ("Llm:Model", ""));

        Assert.False(options.IsConfigured);
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.False(options.Stream);
    }

    [Fact]
    public void EndpointAndModelFromConfigurationTurnSummariesOn()
    {
        var options = Resolve(("Llm:Endpoint", "http://localhost:11434/v1"), ("Llm:Model", "llama3.1:8b"), ("Llm:TimeoutSeconds", "10"));

        Assert.True(options.IsConfigured);
        Assert.Equal(10, options.TimeoutSeconds);
    }

    [Theory]
    [InlineData("localhost:11434", "m", "Llm:Endpoint must be an absolute http or https URI")]
    [InlineData("ftp://example.org/v1", "m", "Llm:Endpoint must be an absolute http or https URI")]
    [InlineData("https://api.openai.com/v1", "", "Llm:Endpoint and Llm:Model must be set together")]
    public void InvalidSettingsFailReadablyOnStart(string endpoint, string model, string message)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(("Llm:Endpoint", endpoint), ("Llm:Model", model)));

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeoutOutsideItsRangeFailsOnStart()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(("Llm:TimeoutSeconds", "0")));

        Assert.Contains("TimeoutSeconds", failure.Message, StringComparison.Ordinal);
    }
}
