using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Ingestion;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Tests.Ingestion;

/// <summary>The real ingestion services, configured as in production (word list from wdanish), shared by a test class.</summary>
public sealed class IngestionFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public IngestionFixture()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Sources:0"] = Fixtures.SamplesFolder,
            ["Ingest:Pdf:CacheFolder"] = Path.Combine(Path.GetTempPath(), "minutes-tests-ocr"),
        }).Build();
        _services = new ServiceCollection().AddLogging().AddMinutesIngestion(configuration).BuildServiceProvider();
        Pipeline = _services.GetRequiredService<IngestionPipeline>();
        Words = _services.GetRequiredService<DanishWordList>();
        Cleaner = _services.GetRequiredService<TextCleaner>();
    }

    public IngestionPipeline Pipeline { get; }

    public DanishWordList Words { get; }

    public TextCleaner Cleaner { get; }

    public async Task<Minutes.Core.Meeting> ParseAsync(string path)
    {
        var result = await Pipeline.ParseFileAsync(path, CancellationToken.None);
        Assert.True(result.Succeeded, $"{path}: {result.Error}");
        return result.Meeting!;
    }

    public void Dispose() => _services.Dispose();
}
