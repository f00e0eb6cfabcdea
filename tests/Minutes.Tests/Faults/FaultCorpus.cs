using Minutes.Cli.Bench;
using Minutes.Core;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Faults;

/// <summary>
/// Small corpora for the fault tests: minutes made by the benchmark's generator from the real samples,
/// so the real pipeline parses them as it parses real minutes. Deterministic per seed.
/// </summary>
internal static class FaultCorpus
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static CorpusGenerator? _generator;

    public static async Task<CorpusGenerator> GeneratorAsync(IngestionFixture ingestion)
    {
        await Gate.WaitAsync();
        try
        {
            if (_generator is null)
            {
                var meetings = new List<Meeting>();
                await foreach (var parsed in ingestion.Pipeline.ReadAsync(Fixtures.SamplesFolder, CancellationToken.None))
                {
                    meetings.Add(parsed.Meeting!);
                }

                _generator = new CorpusGenerator(SampleMaterial.From(meetings));
            }

            return _generator;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Writes <paramref name="count"/> minutes into <paramref name="folder"/>; returns their paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(IngestionFixture ingestion, string folder, int count, int seed)
    {
        var generator = await GeneratorAsync(ingestion);
        generator.Write(count, folder, seed);
        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The text of meeting <paramref name="index"/> for <paramref name="seed"/>, for rewriting a file with other minutes.</summary>
    public static async Task<string> TextAsync(IngestionFixture ingestion, int seed, int index) =>
        MinutesLayouts.Render((await GeneratorAsync(ingestion)).Generate(seed, index));

    public static string NewTempFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "minutes-fault-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leaked handle may hold a file a little longer.
        }
    }
}
