using System.Diagnostics;
using System.Text;
using Minutes.Search.Indexing;
using Minutes.Tests.Ingestion;
using Minutes.Tests.Search;

namespace Minutes.Tests.Faults;

/// <summary>
/// Every broken file we have plus a few hundred damaged copies of real minutes (truncated, bytes
/// flipped, saved under the wrong extension; fixed seed): each is read without a crash, within 10 s,
/// and a file that cannot be read gets one clear line saying why.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed partial class BadFilesTests(IngestionFixture ingestion) : IDisposable
{
    private static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(10);
    private readonly string _root = FaultCorpus.NewTempFolder("bad");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [Fact]
    public async Task EveryFileOfTheBadCorpusGivesAClearErrorQuickly()
    {
        var folder = Path.Combine(_root, "bad");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Fixtures.File("bad")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // corpus/bad's runaway export: 6.6 MB on one line (made here rather than kept in git).
        var line = new StringBuilder("Punkt 1. ");
        while (line.Length < 6_600_000)
        {
            line.Append("meget lang linje uden linjeskift ");
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "lang-linje.txt"), line.ToString());

        var results = await ReadAllAsync(folder);

        Assert.Equal(6, results.Count);
        Assert.All(results, r => Assert.True(r.Error is not null, $"{r.File} was read as minutes"));
    }

    [Fact]
    public async Task DamagedCopiesOfRealMinutesNeverCrashHangOrFailWithoutAReason()
    {
        var folder = Path.Combine(_root, "damaged");
        Directory.CreateDirectory(folder);
        var count = Damage(folder, new Random(7_2026));

        var results = await ReadAllAsync(folder);

        Assert.True(count >= 250, $"only {count} damaged copies");
        Assert.Equal(count, results.Count);
        var failed = results.Where(r => r.Error is not null).ToList();
        Assert.True(failed.Count >= count / 4, $"only {failed.Count} of {count} damaged copies were refused");

        // The batch goes on past every one of them, and reports the same files.
        using var index = new MinutesIndex(new IndexOptions { Path = Path.Combine(_root, "index") }, TempIndex.Analysis);
        var report = await index.SyncAsync(ingestion.Pipeline.Scan([folder]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        Assert.Equal(failed.Select(f => f.File).Order(StringComparer.Ordinal), report.Failed.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.Equal(count - failed.Count, report.Added);
    }

    /// <summary>Reads each file on its own, timed; checks each error is one readable line.</summary>
    private async Task<List<(string File, string? Error)>> ReadAllAsync(string folder)
    {
        var results = new List<(string File, string? Error)>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var clock = Stopwatch.StartNew();
            var parsed = await ingestion.Pipeline.ParseFileAsync(file, CancellationToken.None);
            Assert.True(clock.Elapsed < PerFileLimit, $"{Path.GetFileName(file)} took {clock.Elapsed.TotalSeconds:0.0} s");
            if (parsed.Error is { } error)
            {
                Assert.False(string.IsNullOrWhiteSpace(error), $"{file}: empty reason");
                Assert.True(error.Length <= 300 && !error.Contains('\n') && !StackFrame().IsMatch(error), $"{file}: unclear reason: {error}");
            }

            results.Add((file, parsed.Error));
        }

        return results;
    }

    /// <summary>Writes damaged copies of the real minutes into <paramref name="folder"/>; returns how many.</summary>
    private static int Damage(string folder, Random random)
    {
        // The scanned PDF is left out: each damaged copy would be OCR'd afresh, which is slow, not broken.
        var sources = Directory.EnumerateFiles(Fixtures.SamplesFolder)
            .Concat(Directory.EnumerateFiles(Fixtures.File("formats"), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains("scannet", StringComparison.Ordinal))
            // The fixtures' notes (SOURCES.md) are not minutes: the folder walk skips them, a direct read refuses them.
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        string[] extensions = [".txt", ".pdf", ".docx", ".html"];
        var count = 0;
        foreach (var source in sources)
        {
            var bytes = File.ReadAllBytes(source);
            var name = Path.GetFileNameWithoutExtension(source) + "-" + Path.GetExtension(source).TrimStart('.');
            var extension = Path.GetExtension(source);
            for (var i = 0; i < 10; i++)
            {
                Write($"{name}-afkortet-{i}{extension}", bytes[..random.Next(bytes.Length)]);
                var flipped = bytes.ToArray();
                for (var f = random.Next(1, 64); f > 0; f--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
                }

                Write($"{name}-vendt-{i}{extension}", flipped);
            }

            foreach (var wrong in extensions.Where(e => e != extension))
            {
                Write($"{name}-forkert{wrong}", bytes);
            }
        }

        return count;

        void Write(string file, byte[] content)
        {
            File.WriteAllBytes(Path.Combine(folder, file), content);
            count++;
        }
    }

    /// <summary>A stack frame ("at Minutes.Ingestion.X.Read(...)"), not a reason's "at line 12".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bat [\w.`<>]+\.[\w<>]+\(")]
    private static partial System.Text.RegularExpressions.Regex StackFrame();
}
