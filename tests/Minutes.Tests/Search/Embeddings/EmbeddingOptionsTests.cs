using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Search;
using Minutes.Search.Embeddings;

namespace Minutes.Tests.Search.Embeddings;

public sealed class EmbeddingOptionsTests
{
    private static EmbeddingOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddMinutesSearch(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
    }

    [Fact]
    public void WithoutEndpointAndModelHybridRetrievalIsOffAndTheDefaultsHold()
    {
        var options = Resolve();

        Assert.False(options.IsConfigured);
        Assert.Equal(32, options.BatchSize);
        Assert.Equal(2_000, options.QueryTimeoutMs);
        Assert.Equal(60, options.RrfK);
        Assert.Equal(100, options.Candidates);
        Assert.Null(options.Dimensions);
    }

    [Fact]
    public void EndpointAndModelFromConfigurationTurnHybridRetrievalOn()
    {
        var options = Resolve(("Embeddings:Endpoint", "http://localhost:11434/v1"), ("Embeddings:Model", "bge-m3"), ("Embeddings:Candidates", "50"));

        Assert.True(options.IsConfigured);
        Assert.Equal(50, options.Candidates);
    }

    [Theory]
    [InlineData("Embeddings:Endpoint", "localhost:11434", "Embeddings:Endpoint must be an absolute http or https URI")]
    [InlineData("Embeddings:Endpoint", "ftp://example.dk/v1", "Embeddings:Endpoint must be an absolute http or https URI")]
    [InlineData("Embeddings:BatchSize", "0", "BatchSize")]
    [InlineData("Embeddings:QueryTimeoutMs", "10", "QueryTimeoutMs")]
    [InlineData("Embeddings:RrfK", "0", "RrfK")]
    [InlineData("Embeddings:Dimensions", "3", "Dimensions")]
    public void InvalidOptionsFailNamingTheKey(string key, string value, string message)
    {
        var settings = new List<(string, string)> { (key, value) };
        if (key != "Embeddings:Endpoint")
        {
            settings.Add(("Embeddings:Endpoint", "http://localhost:11434/v1"));
        }

        settings.Add(("Embeddings:Model", "bge-m3"));

        var error = Assert.Throws<OptionsValidationException>(() => Resolve([.. settings]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:11434/v1", "")]
    [InlineData("", "bge-m3")]
    public void EndpointAndModelMustBeSetTogether(string endpoint, string model)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => Resolve(("Embeddings:Endpoint", endpoint), ("Embeddings:Model", model)));

        Assert.Contains("must be set together", error.Message, StringComparison.Ordinal);
    }
}
