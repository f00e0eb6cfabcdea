using System.Text;
using Minutes.Cli.Bench;
using Minutes.Tests.Faults;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Cli.Bench;

/// <summary>The benchmark corpus must read like real minutes to the real parser, or the figures measure nothing.</summary>
[Collection(FaultsCollection.Name)]
public sealed class CorpusGeneratorTests(IngestionFixture ingestion) : IDisposable
{
    private readonly string _root = FaultCorpus.NewTempFolder("generator");

    public void Dispose() => FaultCorpus.DeleteQuietly(_root);

    [Fact]
    public async Task GeneratedMinutesParseIntoTheirDateBodyItemsAndDecisionsInEveryLayout()
    {
        var generator = await FaultCorpus.GeneratorAsync(ingestion);
        var layouts = new HashSet<MinutesLayout>();
        int titles = 0, sameTitles = 0;
        for (var i = 0; i < 30; i++)
        {
            var meeting = generator.Generate(seed: 5, i);
            layouts.Add(meeting.Layout);
            var text = MinutesLayouts.Render(meeting);
            var size = Encoding.UTF8.GetByteCount(text);
            Assert.InRange(size, 10_000, 40_000);
            var path = Path.Combine(_root, $"{i}.txt");
            await File.WriteAllTextAsync(path, text);

            var parsed = await ingestion.ParseAsync(path);

            Assert.Equal(meeting.Date, parsed.Date);
            Assert.Equal(meeting.Body, parsed.Body);
            Assert.Equal(meeting.Items.Count, parsed.Items.Count);
            titles += meeting.Items.Count;
            sameTitles += meeting.Items.Zip(parsed.Items).Count(p => p.First.Title == p.Second.Title);
            Assert.True(parsed.Items.Sum(it => it.Decisions.Count) >= meeting.Items.Sum(it => it.Decisions.Count), $"{meeting.Layout}: decisions lost");
        }

        Assert.Equal(Enum.GetValues<MinutesLayout>().Length, layouts.Count);

        // The parser reads a title as it reads the samples' (a trailing "v. Stine Gran" can lose the name).
        Assert.True(sameTitles >= titles * 0.95, $"{sameTitles} of {titles} item titles read back as written");
    }

    [Fact]
    public async Task TheSameSeedWritesTheSameFiles()
    {
        var generator = await FaultCorpus.GeneratorAsync(ingestion);
        var first = Enumerable.Range(0, 5).Select(i => MinutesLayouts.Render(generator.Generate(3, i))).ToList();
        var again = Enumerable.Range(0, 5).Select(i => MinutesLayouts.Render(generator.Generate(3, i))).ToList();
        var other = MinutesLayouts.Render(generator.Generate(4, 0));

        Assert.Equal(first, again);
        Assert.NotEqual(first[0], other);
    }
}
