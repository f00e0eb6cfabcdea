using Minutes.Search.Analysis;
using Minutes.Search.Indexing;
using Minutes.Tests.Cli;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Faults;

/// <summary>
/// The indexer is a real <c>minutes index</c> process killed with SIGKILL at random moments: whatever
/// it was doing (parsing, adding documents, flushing, committing, merging), the folder must hold the
/// last commit intact and the next run must carry on from it.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed class IndexerKillTests(IngestionFixture ingestion) : IDisposable
{
    private const int Kills = 20;
    private readonly string _root = FaultCorpus.NewTempFolder("kill");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [Fact]
    public async Task KillingTheIndexerAtRandomMomentsKeepsTheLastCommitWholeAndTheNextRunCompletesIt()
    {
        var minutes = Path.Combine(_root, "minutes");
        var index = Path.Combine(_root, "index");
        var files = await FaultCorpus.WriteAsync(ingestion, minutes, 120, seed: 11);
        var random = new Random(20261201);
        var committed = 0;
        var killedMidway = 0;

        for (var kill = 1; kill <= Kills; kill++)
        {
            // From process start (runtime and word list still loading) to well into the run.
            var delay = TimeSpan.FromMilliseconds(random.Next(300, 4_000));
            var exited = await RunIndexerAsync(minutes, index, killAfter: delay);
            killedMidway += exited ? 0 : 1;
            if (exited)
            {
                // Everything is indexed: other minutes under every name give the next run a whole
                // index to replace, so kills keep landing mid-run however fast indexing gets.
                for (var i = 0; i < files.Count; i++)
                {
                    await File.WriteAllTextAsync(files[i], await FaultCorpus.TextAsync(ingestion, seed: 100 + kill, i));
                }
            }

            var inLastCommit = IndexConsistency.CheckLastCommit(index);
            if (inLastCommit is null)
            {
                continue;
            }

            Assert.True(inLastCommit.Count >= committed, $"kill {kill}: the last commit holds {inLastCommit.Count} files, an earlier one held {committed}");
            committed = inLastCommit.Count;
            using var opened = new MinutesIndex(new IndexOptions { Path = index }, Analysis);
            Assert.Equal(IndexOpenOutcome.Opened, opened.OpenOutcome);
            Assert.Equal(committed, opened.GetStats().Documents);
        }

        Assert.True(killedMidway >= Kills / 2, $"only {killedMidway} of {Kills} runs were still going when killed");
        Assert.True(await RunIndexerAsync(minutes, index, killAfter: null), "the last run did not finish");
        var complete = IndexConsistency.CheckLastCommit(index)!;
        Assert.Equal(files.Order(StringComparer.Ordinal), complete.Order(StringComparer.Ordinal));
    }

    private static DanishAnalysis Analysis => Minutes.Tests.Search.TempIndex.Analysis;

    /// <summary>Runs <c>minutes index</c>; kills it after <paramref name="killAfter"/>. True when it exited by itself.</summary>
    private static async Task<bool> RunIndexerAsync(string minutes, string index, TimeSpan? killAfter)
    {
        // Frequent commits, so kills land between, during and after them.
        using var process = CliRunner.Start(new Dictionary<string, string> { ["Index__CommitEveryFiles"] = "3" }, "index", minutes, "--index", index);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(killAfter ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGKILL: no chance to flush, roll back or release anything.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.NotNull(killAfter);
            return false;
        }

        Assert.True(process.ExitCode == 0, $"minutes index exited with {process.ExitCode}: {await stderr}");
        _ = await stdout;
        return true;
    }
}
