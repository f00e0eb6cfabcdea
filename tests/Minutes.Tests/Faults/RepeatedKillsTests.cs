using System.Diagnostics;
using System.Text.Json;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;
using Minutes.Tests.Cli;
using Minutes.Tests.Search;

namespace Minutes.Tests.Faults;

/// <summary>
/// Issue 12.1: an operator's index run is killed again and again, every file changing between runs,
/// then one run is left to finish. That run must complete and leave every file indexed with its newest
/// text, whatever the kills left behind. The corpus is the issue's: copies of the samples, each with a
/// last line of its own (a code word that changes every round). Kills land mid-run by construction:
/// after a random number of files were indexed (read from the run's log), plus a random few ms, so
/// they hit parsing, flushing, committing and merging alike on a fast or a slow machine.
/// </summary>
[Collection(FaultsCollection.Name)]
[Trait("Category", "Faults")]
public sealed class RepeatedKillsTests : IDisposable
{
    private const int CopiesPerSample = 6;
    private const int Rounds = 6;
    private readonly string _root = FaultCorpus.NewTempFolder("kills");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [Fact]
    public async Task AfterRepeatedKillsMidRunTheNextRunCompletesWithEveryFileAtItsNewestText()
    {
        var minutes = Path.Combine(_root, "minutes");
        var index = Path.Combine(_root, "index");
        var samples = Directory.GetFiles(Fixtures.SamplesFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var random = new Random(2026_12_04);
        var files = await WriteRoundAsync(samples, minutes, round: 0);
        Assert.Equal(samples.Count * CopiesPerSample, files.Count);
        var midRun = 0;
        var survivors = new List<Process>();
        try
        {
            for (var round = 1; round <= Rounds; round++)
            {
                await WriteRoundAsync(samples, minutes, round);
                // Odd rounds kill the indexer itself; even rounds kill what the operator started
                // (as `dotnet run` or a script would be), and the indexer under it carries on.
                var launcherOnly = round % 2 == 0;
                var outcome = await RunIndexerAsync(minutes, index, random.Next(1, files.Count - 1), TimeSpan.FromMilliseconds(random.Next(0, 400)), launcherOnly, survivors);
                midRun += outcome == RunOutcome.KilledMidRun ? 1 : 0;

                // The operator's check after each kill: search still answers from the last commit.
                var search = await CliRunner.RunAsync(Settings(), "search", "Døgndiamanten", "--json", "--index", index);
                Assert.True(search.ExitCode == 0, $"round {round}: search failed after the kill: {search.Stderr}");
                using var _ = JsonDocument.Parse(search.Stdout);
            }

            Assert.True(midRun >= Rounds - 1, $"only {midRun} of {Rounds} kills landed mid-run");
            // The complete run starts at once: an indexer that outlived its launcher may still be writing.
            await WriteRoundAsync(samples, minutes, Rounds + 1);
            Assert.Equal(RunOutcome.Completed, await RunIndexerAsync(minutes, index, killAfterFiles: null, TimeSpan.Zero, launcherOnly: false, survivors));
        }
        finally
        {
            End(survivors);
        }

        // Read with plain Lucene: CheckIndex clean, the file records are exactly the folder's files, and
        // each file's passages hold its newest text and nothing of an older round.
        var recorded = IndexConsistency.CheckLastCommit(index);
        Assert.NotNull(recorded);
        Assert.Equal(files, recorded.Order(StringComparer.Ordinal));
        var texts = IndexConsistency.PassageTexts(index);
        for (var i = 0; i < files.Count; i++)
        {
            var text = texts[files[i]];
            Assert.True(text.Contains(CodeWord(i, Rounds + 1), StringComparison.Ordinal), $"{files[i]}: its newest text is not indexed");
            Assert.DoesNotContain(Enumerable.Range(0, Rounds + 1), round => text.Contains(CodeWord(i, round), StringComparison.Ordinal));
        }

        // And searchable through the service's own searcher.
        using var opened = new MinutesIndex(new IndexOptions { Path = index }, TempIndex.Analysis);
        var searcher = new MinutesSearcher(opened);
        for (var i = 0; i < files.Count; i++)
        {
            var hits = searcher.Search(new SearchRequest { Q = CodeWord(i, Rounds + 1), Limit = 20 }).Hits;
            Assert.True(hits.Any(h => h.Source.File == Path.GetFileName(files[i])), $"{files[i]}: {CodeWord(i, Rounds + 1)} finds nothing");
        }
    }

    [Fact]
    public async Task ASearchAndASecondIndexRunStartedMidRunLeaveTheRunningIndexerWhole()
    {
        var minutes = Path.Combine(_root, "minutes");
        var index = Path.Combine(_root, "index");
        var samples = Directory.GetFiles(Fixtures.SamplesFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var files = await WriteRoundAsync(samples, minutes, round: 0);
        Assert.Equal(RunOutcome.Completed, await RunIndexerAsync(minutes, index, killAfterFiles: null, TimeSpan.Zero, launcherOnly: false, []));
        await WriteRoundAsync(samples, minutes, Rounds + 1);

        // While the first run is writing (files indexed, not yet committed), a search and a second
        // index run open the same folder. Only one process may write it; the others must not touch
        // its files (today's lock lets a second writer in, whose cleanup deletes the first's files).
        var first = RunIndexerAsync(minutes, index, killAfterFiles: null, TimeSpan.Zero, launcherOnly: false, [], settings: new() { ["Index__CommitEveryFiles"] = "1000" }, whenIndexed: (2, async () =>
        {
            var search = await CliRunner.RunAsync(Settings(), "search", "Døgndiamanten", "--json", "--index", index);
            Assert.True(search.ExitCode == 0, $"search during the run failed: {search.Stderr}");
            var second = await CliRunner.RunAsync(Settings(), "index", minutes, "--index", index);
            Assert.True(second.ExitCode == 0 || second.Stderr.Contains("another process", StringComparison.Ordinal), $"the second run neither waited nor said why it stopped: {second.Stderr}");
        }));
        Assert.Equal(RunOutcome.Completed, await first);

        var recorded = IndexConsistency.CheckLastCommit(index);
        Assert.Equal(files, recorded!.Order(StringComparer.Ordinal));
        var texts = IndexConsistency.PassageTexts(index);
        Assert.All(files.Select((f, i) => (f, i)), x => Assert.Contains(CodeWord(x.i, Rounds + 1), texts[x.f], StringComparison.Ordinal));
    }

    /// <summary>Every copy of every sample with this round's last line; round 0 is the first text, <see cref="Rounds"/> + 1 the final one.</summary>
    private static async Task<IReadOnlyList<string>> WriteRoundAsync(IReadOnlyList<string> samples, string folder, int round)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        var n = 0;
        foreach (var sample in samples)
        {
            var text = await File.ReadAllTextAsync(sample);
            for (var copy = 0; copy < CopiesPerSample; copy++, n++)
            {
                var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(sample)}_{copy:D3}.txt");
                var code = CodeWord(n, round);
                await File.WriteAllTextAsync(path, $"{text.TrimEnd()}\n\nKontrolord {code}\n");
                files.Add(path);
            }
        }

        return files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A word found in one file in one round only, letters only so the tokenizer keeps it whole.</summary>
    private static string CodeWord(int file, int round) =>
        "kode" + Letters(file) + "q" + Letters(round);

    private static string Letters(int value) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('b' + (d - '0'))));

    private static Dictionary<string, string> Settings() => new()
    {
        // Frequent commits, so kills land between, during and after them; logs name each indexed file.
        ["Index__CommitEveryFiles"] = "4",
        ["MINUTES_VERBOSE"] = "1",
    };

    private enum RunOutcome { Completed, KilledMidRun, KilledBeforeAnyFile }

    /// <summary>
    /// Runs <c>minutes index</c>; with <paramref name="killAfterFiles"/>, SIGKILLs it once that many files
    /// were indexed and <paramref name="extra"/> has passed. With <paramref name="launcherOnly"/> the
    /// indexer runs under a shell and only the shell is killed; the indexer goes on in <paramref name="survivors"/>.
    /// </summary>
    private static async Task<RunOutcome> RunIndexerAsync(
        string minutes, string index, int? killAfterFiles, TimeSpan extra, bool launcherOnly, List<Process> survivors,
        Dictionary<string, string>? settings = null, (int Files, Func<Task> Action)? whenIndexed = null)
    {
        var environment = Settings();
        foreach (var (name, value) in settings ?? [])
        {
            environment[name] = value;
        }

        using var process = launcherOnly
            ? CliRunner.StartUnderShell(environment, "index", minutes, "--index", index)
            : CliRunner.Start(environment, "index", minutes, "--index", index);
        var indexed = 0;
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data.Contains("Indexed ", StringComparison.Ordinal))
            {
                var count = Interlocked.Increment(ref indexed);
                if (count == killAfterFiles)
                {
                    enough.TrySetResult();
                }

                if (count == whenIndexed?.Files)
                {
                    reached.TrySetResult();
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => exited.TrySetResult();
        if (process.HasExited)
        {
            exited.TrySetResult();
        }

        var limit = Task.Delay(TimeSpan.FromMinutes(3));
        if (whenIndexed is { } during && await Task.WhenAny(exited.Task, reached.Task) == reached.Task)
        {
            await during.Action();
        }

        if (killAfterFiles is not null && await Task.WhenAny(exited.Task, enough.Task, limit) == enough.Task)
        {
            await Task.Delay(extra);
            if (!process.HasExited)
            {
                if (launcherOnly)
                {
                    survivors.AddRange(CliRunner.Children(process.Id));
                }

                // SIGKILL: no chance to flush, roll back or release anything.
                process.Kill(entireProcessTree: !launcherOnly);
                await exited.Task;
                return Volatile.Read(ref indexed) > 0 ? RunOutcome.KilledMidRun : RunOutcome.KilledBeforeAnyFile;
            }
        }

        Assert.True(await Task.WhenAny(exited.Task, limit) == exited.Task, "minutes index did not finish in 3 minutes");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"minutes index exited with {process.ExitCode}: {log}");
        return RunOutcome.Completed;
    }

    /// <summary>Kills indexers whose launcher was killed and that are still running.</summary>
    private static void End(List<Process> survivors)
    {
        foreach (var survivor in survivors)
        {
            try
            {
                survivor.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            survivor.Dispose();
        }

        survivors.Clear();
    }
}
