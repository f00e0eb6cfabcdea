using System.Text.RegularExpressions;
using Minutes.Search.Answers;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Answers;

/// <summary>Extractive answers over the five seed minutes, indexed by the real pipeline.</summary>
public sealed partial class ExtractiveAnswerTests(SeedIndexFixture fixture) : IClassFixture<SeedIndexFixture>
{
    private const string Network2024 = "001_fc05f7ce724914ac.txt";

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    private Task<AnswerResponse> AskAsync(string question, int limit = 5) =>
        fixture.Answers.AskAsync(new AskRequest { Question = question, Limit = limit }, CancellationToken.None);

    private static Citation CitationAfter(AnswerResponse response, string sentence)
    {
        var at = response.Answer.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(at >= 0, response.Answer);
        var number = int.Parse(Marker().Match(response.Answer, at).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return response.Citations.Single(c => c.Number == number);
    }

    [Fact]
    public async Task DecisionAboutDøgndiamantenGivesTheNetworksSupportAndTheNextStepFromTheJuneMeeting()
    {
        var response = await AskAsync("hvad blev besluttet om Døgndiamanten");

        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Null(response.Warning);
        Assert.StartsWith("Netværksgruppe Børn og Unge, 14. juni 2024, punkt 6: ", response.Answer, StringComparison.Ordinal);
        var support = CitationAfter(response, "Netværket bakkede generelt op om Næstved Kommunes vurdering");
        var nextStep = CitationAfter(response, "Næste step er at Næstved kontakter brugerkommunerne");
        foreach (var citation in new[] { support, nextStep })
        {
            Assert.Equal(Network2024, citation.Source.File);
            Assert.Equal(new DateOnly(2024, 6, 14), citation.Meeting.Date);
            Assert.Equal("6", citation.Item?.Number?.TrimEnd('.'));
            Assert.Equal(PassageKinds.Decision, citation.Kind);
        }
    }

    [Fact]
    public async Task WhoQuestionLeadsWithTheSentenceNamingWhoTakesOver()
    {
        var response = await AskAsync("hvem er tovholder i 2026?");

        var firstSentence = response.Answer[(response.Answer.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        Assert.StartsWith("Kalundborg Kommune videregiver tovholderstafetten til Lolland Kommune i 2026", firstSentence, StringComparison.Ordinal);
        Assert.Equal("002_3765db4185612c84.txt", CitationAfter(response, "tovholderstafetten til Lolland").Source.File);
    }

    [Theory]
    [InlineData("hvad blev besluttet om Døgndiamanten")]
    [InlineData("kapacitetspres på de sikrede institutioner")]
    [InlineData("hvornår åbner Børnehusets satellit i Roskilde")]
    [InlineData("taksten for et forløb i Børnehus Sjælland i 2024")]
    public async Task EverySentenceEndsWithTheNumberOfAListedSourceAndTheAnswerStaysShort(string question)
    {
        var response = await AskAsync(question);

        var numbers = Marker().Matches(response.Answer).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(numbers.Count, 1, ExtractiveAnswerer.MaxSentences);
        Assert.All(numbers, n => Assert.Contains(response.Citations, c => c.Number == n));
        Assert.All(response.Answer.Split('\n'), line => Assert.Matches(@"\[\d+\]\.?$", line));
        Assert.Equal(Enumerable.Range(1, response.Citations.Count), response.Citations.Select(c => c.Number));
        Assert.True(response.Answer.Length < ExtractiveAnswerer.MaxChars + 400, response.Answer);
    }

    [Fact]
    public async Task MisspeltQuestionIsAnsweredAsTheCorrectedOne()
    {
        var response = await AskAsync("hvad blev besluttet om Døgndiamnten");

        Assert.Contains("Netværket bakkede generelt op om Næstved Kommunes vurdering", response.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionAboutNothingInTheMinutesSaysSoWithoutSources()
    {
        var response = await AskAsync("kvantecomputere xylofon");

        Assert.Equal(ExtractiveAnswerer.NothingFound, response.Answer);
        Assert.Empty(response.Citations);
    }

    [Theory]
    [InlineData("???")]
    [InlineData("\"Døgndiamanten")]
    [InlineData("-Døgndiamanten OR +\"sikrede institutioner\"")]
    [InlineData("hvad blev besluttet om Døgndiamanten i 2024 og 2025 kl. 10 jf. pkt. 6 [1] <script>")]
    public async Task OddQuestionsGetAnAnswerWithoutFailing(string question)
    {
        var response = await AskAsync(question + new string(' ', 3) + string.Concat(Enumerable.Repeat("ord ", 100)));

        Assert.False(string.IsNullOrWhiteSpace(response.Answer));
        Assert.Equal(response.Citations.Count > 0, Marker().IsMatch(response.Answer));
        Assert.All(Marker().Matches(response.Answer), m => Assert.Contains(response.Citations, c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == m.Groups[1].Value));
    }

    [Fact]
    public async Task EmptyQuestionAsksForAQuestion()
    {
        var response = await AskAsync("   ");

        Assert.Equal("", response.Question);
        Assert.StartsWith("Stil et spørgsmål", response.Answer, StringComparison.Ordinal);
        Assert.Empty(response.Citations);
    }

    [Fact]
    public async Task FiltersLimitTheSourcesToOneBodyAndPeriod()
    {
        var response = await fixture.Answers.AskAsync(
            new AskRequest { Question = "sikrede institutioner", Body = "Netværksgruppe Børn og Unge", From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) },
            CancellationToken.None);

        Assert.NotEmpty(response.Citations);
        Assert.All(response.Citations, c => Assert.Equal(Network2024, c.Source.File));
        Assert.Contains("kapacitetspres på de sikrede institutioner", response.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsAskedAtOnceGetTheAnswersTheyGetOneByOne()
    {
        string[] questions = ["hvad blev besluttet om Døgndiamanten", "hvem er tovholder i 2026?", "Bakkegården vikarer hash", "taksten for et forløb i Børnehus Sjælland i 2024"];
        var alone = new List<string>();
        foreach (var question in questions)
        {
            alone.Add((await AskAsync(question)).Answer);
        }

        var together = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => questions).Select(q => Task.Run(() => AskAsync(q))));

        Assert.Equal(Enumerable.Range(0, 4).SelectMany(_ => alone), together.Select(r => r.Answer));
    }

    [Fact]
    public async Task SummarizeWithoutAConfiguredModelAnswersExtractivelyWithoutWarning()
    {
        var response = await fixture.Answers.AskAsync(new AskRequest { Question = "Døgndiamanten", Summarize = true }, CancellationToken.None);

        Assert.False(fixture.Answers.LlmConfigured);
        Assert.Equal(AnswerModes.Extractive, response.Mode);
        Assert.Null(response.Warning);
    }
}
