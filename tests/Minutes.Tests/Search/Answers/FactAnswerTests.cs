using Minutes.Search.Answers;
using Minutes.Search.Indexing;
using Minutes.Tests.Ingestion;

namespace Minutes.Tests.Search.Answers;

/// <summary>
/// The first sentence of an answer answers the question: a date for "hvornår", names for "hvem", the
/// decision of the best item for "hvad blev besluttet" (issue 11, point 5), over the seeds and over
/// one real Greve meeting (FirstAgenda JSON, read by the real pipeline).
/// </summary>
public sealed class FactAnswerTests(SeedIndexFixture seeds, IngestionFixture ingestion) : IClassFixture<SeedIndexFixture>, IClassFixture<IngestionFixture>
{
    private const string Valdemarsdag = "corpus/greve/sundheds-og-omsorgsudvalget_2024-03-18_641db258.json";

    private static string FirstSentence(AnswerResponse response)
    {
        var text = response.Answer[(response.Answer.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return text[..text.IndexOf('[', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task WhenQuestionOpensWithTheSentenceGivingTheTime()
    {
        var response = await seeds.Answers.AskAsync(new AskRequest { Question = "hvornår åbner Børnehusets satellit i Roskilde" }, CancellationToken.None);

        Assert.StartsWith("Satellitten forventes ca. medio april at åbne i Roskilde", FirstSentence(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionQuestionOpensWithTheDecisionOfTheBestItem()
    {
        var response = await seeds.Answers.AskAsync(new AskRequest { Question = "hvad blev besluttet om Døgndiamanten" }, CancellationToken.None);

        Assert.StartsWith("Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6: ", response.Answer, StringComparison.Ordinal);
        var lead = response.Citations.Single(c => response.Answer.IndexOf($"[{c.Number}]", StringComparison.Ordinal) == response.Answer.IndexOf('['));
        Assert.Equal(PassageKinds.Decision, lead.Kind);
    }

    [SharedFact(Valdemarsdag)]
    public async Task WhoQuestionOpensWithThePeopleTheDecisionNamesNotTheQuestionRestated()
    {
        using var temp = new TempIndex();
        File.Copy(SharedMaterial.Path(Valdemarsdag), Path.Combine(temp.MinutesFolder, Path.GetFileName(Valdemarsdag)));
        await temp.Index.SyncAsync(ingestion.Pipeline.Scan([temp.MinutesFolder]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);
        using var answers = new AnswerGenerator(temp.Searcher, temp.Index, new LlmOptions());

        var response = await answers.AskAsync(
            new AskRequest { Question = "Hvem fra Sundheds- og Omsorgsudvalget skulle deltage i Valdemarsdag 2024?" }, CancellationToken.None);

        // Without the decision among the sources, the answer opened "… skal beslutte, hvem fra udvalget der deltager i Valdemarsdag …"
        // and never gave the names.
        Assert.Contains("Ad 1) Liselott Blixt og Tina Rottbøll, og evt. Charlotte Levin [", response.Answer, StringComparison.Ordinal);
        Assert.Matches(@"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+", FirstSentence(response));
        Assert.DoesNotContain("hvem", FirstSentence(response), StringComparison.OrdinalIgnoreCase);
    }
}
