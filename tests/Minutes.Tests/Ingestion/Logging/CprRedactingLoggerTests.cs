using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minutes.Ingestion;
using Minutes.Tests.Ingestion.Readers;
using Minutes.Tests.Search.Answers;

namespace Minutes.Tests.Ingestion.Logging;

/// <summary>
/// A CPR number never reaches a log line, whoever logs it: messages, properties and exception texts pass
/// through the one masking function on their way to every provider the host has.
/// </summary>
public sealed class CprRedactingLoggerTests : IDisposable
{
    private readonly RecordingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;
    private readonly TempFolder _temp = new();

    public CprRedactingLoggerTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ingest:Sources:0"] = Fixtures.SamplesFolder,
        }).Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace))
            .AddMinutesIngestion(configuration)
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task FileNamedWithACprNumberIsCitedIdentifiedAndLoggedMasked()
    {
        var file = _temp.Write("referat-borger-020290-5678.txt", await File.ReadAllBytesAsync(Fixtures.Sample("000")));

        var parsed = await _services.GetRequiredService<IngestionPipeline>().ParseFileAsync(file, CancellationToken.None);

        Assert.Equal("referat-borger-[CPR].txt", parsed.Meeting!.Source.File);
        Assert.DoesNotContain("020290", parsed.Meeting.Id);
        Assert.Equal(file, parsed.Path);
        Assert.Contains(_logs.Lines, l => l.Contains("referat-borger-[CPR].txt", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("020290", StringComparison.Ordinal));
    }

    [Fact]
    public void MessagePropertiesAndExceptionTextAreMasked()
    {
        var logger = _services.GetRequiredService<ILogger<CprRedactingLoggerTests>>();
        var error = new IOException("The file '/data/bilag-010190-1234.txt' already exists.");

        logger.LogError(error, "Could not save {File} for {Person}", "bilag-010190-1234.txt", "borger 0101901234");

        var line = Assert.Single(_logs.Lines);
        Assert.Contains("Could not save bilag-[CPR].txt for borger [CPR]", line);
        Assert.Contains("/data/bilag-[CPR].txt", line);
        Assert.DoesNotContain("010190", line);
    }
}
