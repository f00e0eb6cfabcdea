using Minutes.Ingestion.Evaluation;

namespace Minutes.Tests.Ingestion.Evaluation;

/// <summary>
/// The parser's structure figures (dates, agenda items, titles, decisions) on real minutes, against expectations
/// written by reading each document (<c>Fixtures/structure</c>). The thresholds are what the parser reaches; a
/// change that makes any figure fall fails here.
/// </summary>
public sealed class StructureEvaluationTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    private static readonly IReadOnlyDictionary<string, StructureExpectation> Seeds =
        StructureExpectation.Load(Fixtures.File("structure/expected-seeds.json"));

    private static readonly IReadOnlyDictionary<string, StructureExpectation> Real =
        StructureExpectation.Load(Fixtures.File("structure/expected-real.json"));

    [Fact]
    public async Task SeedsAndTheirOtherFormatsKeepEveryDateAndItem()
    {
        // The scanned PDF is left out: OCR takes long and FormatParsingTests covers it.
        var files = Directory.EnumerateFiles(Fixtures.SamplesFolder, "*.txt")
            .Concat(Directory.EnumerateFiles(Fixtures.File("formats"), "*", SearchOption.AllDirectories).Where(f => !f.Contains("scannet")))
            .Where(f => Seeds.ContainsKey(Path.GetFileName(f)))
            .ToList();

        var scores = await new StructureEvaluator(ingestion.Pipeline).EvaluateFilesAsync(files, Seeds, CancellationToken.None);
        var totals = StructureTotals.Of(scores);

        Assert.Equal(11, totals.Files);
        Assert.Equal(totals.Files, totals.DatesRight);
        Assert.Equal(1.0, totals.Recall);
        Assert.Equal(1.0, totals.Precision);
        Assert.True(totals.TitleRate >= 0.95, Describe(scores));
        Assert.True(totals.DecisionRecall >= 0.8, Describe(scores));
    }

    [Fact]
    public async Task AarhusReferatTextAndPortalPageKeepEveryDateItemTitleAndDecision()
    {
        var files = new[] { "real/aarhus-byraad-referat-2025-08-27.txt", "real/aarhus-teknisk-udvalg-referat-2025-10-01.html" }.Select(Fixtures.File);

        var scores = await new StructureEvaluator(ingestion.Pipeline).EvaluateFilesAsync(files, Real, CancellationToken.None);
        var totals = StructureTotals.Of(scores);

        Assert.Equal(2, totals.DatesRight);
        Assert.Equal(27, totals.ItemsMatched);
        Assert.Equal(27, totals.ItemsFound);
        Assert.Equal(27, totals.TitlesMatched);
        Assert.True(totals.DecisionRecall >= 0.95, Describe(scores));
    }

    [SharedFact("corpus/real")]
    public async Task EveryRealMinutesFileKeepsItsDateItemsAndTitles()
    {
        var scores = await new StructureEvaluator(ingestion.Pipeline).EvaluateAsync(SharedMaterial.Path("corpus/real"), Real, CancellationToken.None);
        var totals = StructureTotals.Of(scores);

        Assert.Equal(5, totals.Files);
        Assert.Equal(0, totals.Failed);
        Assert.Equal(5, totals.DatesRight);
        Assert.True(totals.Recall >= 1.0 && totals.Precision >= 1.0, Describe(scores));
        Assert.True(totals.TitleRate >= 1.0, Describe(scores));
        Assert.True(totals.DecisionRecall >= 0.95, Describe(scores));
        Assert.True(totals.DecisionItemsUnexpected <= 5, Describe(scores));
    }

    [Theory]
    [InlineData("Lukket: Køb af landbrugsejendom", "Køb af landbrugsejendom", true)]
    [InlineData("Oplæg om sikrede døgninstitutioner med fokus på", "Oplaeg om sikrede dggninstitutioner med fokus pa", true)]
    [InlineData("Orientering om tovholder/sekretærkommune i 2026 (Lolland Kommune da de kommer næst i alfabetet)",
        "Orientering om tovholder/sekretaeerkommune i 2026 (Lolland Kommune da de", false)]
    [InlineData("Nyt fra Rammesekretariatet (bilag 4)", "Nyt fra Rammesekretariatet (bilag", false)]
    public void TitlesMatchAfterNormalisingButACutTitleDoesNot(string expected, string found, bool matches)
    {
        Assert.Equal(matches, StructureEvaluator.TitlesMatch(expected, found));
    }

    private static string Describe(IEnumerable<FileStructureScore> scores) =>
        string.Join("\n", scores.Select(s => $"{s.File}: date {s.FoundDate} items {s.ItemsMatched}/{s.ItemsExpected} of {s.ItemsFound}, titles {s.TitlesMatched}/{s.TitlesExpected} "
            + $"{string.Join("; ", s.TitleMisses)} decisions {s.DecisionItemsFound}/{s.DecisionItemsExpected} +{s.DecisionItemsUnexpected}"));
}
