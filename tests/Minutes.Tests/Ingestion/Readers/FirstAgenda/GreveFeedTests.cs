using Minutes.Core;

namespace Minutes.Tests.Ingestion.Readers.FirstAgenda;

/// <summary>The FirstAgenda reader on Greve Kommune's 370 published meetings in ../shared/corpus/greve.</summary>
[Trait("Category", "Corpus")]
public sealed class GreveFeedTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    private const string Greve = "corpus/greve";

    /// <summary>One meeting of each of the 10 bodies, over the four years, with the layouts that differ.</summary>
    public static TheoryData<string> Sample { get; } =
    [
        "beskaeftigelses-og-erhvervsudvalget_2022-08-15_da506e4b.json", // members flagged ParticipationCancelled, "1. Godkendt\n2. Godkendt"
        "byraad-2022-2025_2022-01-31_779d518b.json", // Byråd: "Fraværende:" in every item, Sagens forløb, h2 sections
        "klima-teknik-og-miljoeudvalget_2023-01-16_3ef77738.json", // "3.Anbefales."
        "kultur-og-fritidsudvalget_2024-05-29_83201ce4.json",
        "oekonomiudvalget_2025-06-25_f4407d93.json", // ØU with a closed item and Afbud
        "plan-og-tryghedsudvalget_2023-08-23_77b82caa.json",
        "skole-boerne-og-ungeudvalget_2024-11-19_cd8188f7.json",
        "social-og-handicapudvalget_2025-08-11_81002a5a.json", // headings as bold paragraphs
        "sundheds-og-omsorgsudvalget_2023-11-13_607bf911.json",
        "spoergsmaal-svar-til-byraadet-2022-2025_2024-12-31_4173e720.json", // a dagsorden: no decisions, attachments only
    ];

    [SharedTheory(Greve)]
    [MemberData(nameof(Sample))]
    public async Task MeetingIsReadExactlyAsPublished(string file)
    {
        var path = SharedMaterial.Path(Path.Combine(Greve, file));

        var meeting = await ingestion.ParseAsync(path);

        FirstAgendaExpectations.AssertAsPublished(meeting, PublishedMeeting.Load(path), file);
    }

    [SharedFact(Greve)]
    public async Task EveryGreveMeetingIsReadAsPublished()
    {
        var files = Directory.GetFiles(SharedMaterial.Path(Greve), "*.json").Order(StringComparer.Ordinal).ToList();
        var read = new Meeting?[files.Count];
        var differences = new string?[files.Count];
        // Both cores, as the index sync reads them: the pipeline is shared by parallel readers in production too.
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), async (i, ct) =>
        {
            var result = await ingestion.Pipeline.ParseFileAsync(files[i], ct);
            read[i] = result.Meeting;
            try
            {
                Assert.True(result.Succeeded, $"{Path.GetFileName(files[i])}: {result.Error}");
                FirstAgendaExpectations.AssertAsPublished(result.Meeting!, PublishedMeeting.Load(files[i]), Path.GetFileName(files[i]));
            }
            catch (Xunit.Sdk.XunitException e)
            {
                differences[i] = e.Message;
            }
        });

        var meetings = read.OfType<Meeting>().ToList();
        Assert.True(differences.All(d => d is null), string.Join("\n", differences.OfType<string>().Take(5)));

        var items = meetings.SelectMany(m => m.Items).ToList();
        Assert.Equal(370, meetings.Count);
        Assert.All(meetings, m => Assert.NotNull(m.Date));
        Assert.All(meetings, m => Assert.False(string.IsNullOrEmpty(m.Body)));
        Assert.Equal(5466, items.Count);
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Number)));
        Assert.Equal(379, items.Count(i => i.Closed));
        // Every item that publishes a decision has it read: 4,787 Beslutning sections and 379 closed items.
        Assert.True(items.Count(i => i.Decisions.Count > 0) >= 5050, $"{items.Count(i => i.Decisions.Count > 0)} items with decisions");
        Assert.Equal(0, items.Count(i => i.Text.Length == 0));
    }
}
