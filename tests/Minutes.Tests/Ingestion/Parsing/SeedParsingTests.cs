using Minutes.Core;

namespace Minutes.Tests.Ingestion.Parsing;

/// <summary>Each real seed, one layout each, parsed into the meeting a reader of the minutes sees.</summary>
public sealed class SeedParsingTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    [Theory]
    [InlineData("000", "2023-03-03", "Netværksgruppe Børn og Unge", "1) 2) 3) 4) 5) 6)")]
    [InlineData("001", "2024-06-14", "Netværksgruppe Børn og Unge", "1. 2. 3. 4. 5. 6. 7. 8. 9.")]
    [InlineData("003", "2020-06-26", "Styregruppen for Rammeaftale Sjælland", "1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11.")]
    [InlineData("004", "2023-09-29", "Netværksgruppe Børn og Unge", "1. 2. 3. 4. 5. 6. 7. 8. 9.")]
    public async Task NumberedAgendaGivesMeetingDateBodyAndEveryItemInOrder(string seed, string date, string body, string numbers)
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample(seed));

        Assert.Equal(DateOnly.Parse(date), meeting.Date);
        Assert.Equal(body, meeting.Body);
        Assert.Equal(numbers, string.Join(" ", meeting.Items.Select(i => i.Number)));
        Assert.All(meeting.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
    }

    [Fact]
    public async Task TimeSlotAgendaHasEightUnnumberedItemsAndNoPauses()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        Assert.Equal(8, meeting.Items.Count);
        Assert.All(meeting.Items, i => Assert.Null(i.Number));
        Assert.DoesNotContain(meeting.Items, i => i.Title.Contains("PAUSE", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(meeting.Items, i => i.Title.Contains("tovholder", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DraftDatedLaterGivesTheDayTheMeetingWasHeld()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        // The draft is dated 21 November 2025; the meeting it records was on 14 October.
        Assert.Equal(new DateOnly(2025, 10, 14), meeting.Date);
        Assert.Equal("KKR-netværket på udsatte børne- og ungeområdet", meeting.Body);
    }

    [Fact]
    public async Task NestedNumberedListInsideAnItemIsNotTakenForItems()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("000"));

        Assert.StartsWith("Årshjul 2023", meeting.Items[2].Title);
        Assert.Contains("Supervision", meeting.Items[1].Text);
        Assert.Equal("Børnehus Sjælland – dialog og samarbejde", meeting.Items[1].Title);
    }

    [Fact]
    public async Task AgendaOverviewAtTheTopIsNotReadAsTheItems()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("003"));

        Assert.Equal("Godkendelse af dagsorden til styregruppemøde 26/6", meeting.Items[0].Title);
        Assert.Contains("Dagsordenen blev godkendt", meeting.Items[0].Decisions.Select(d => d.Text));
        Assert.Equal("Evt.", meeting.Items[10].Title);
    }

    [Fact]
    public async Task TitleWrappedInANarrowColumnIsReadWhole()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("001"));

        Assert.Equal("Drøfte fremtidig målgruppe for døgninstitutionen Døgndiamanten", meeting.Items[5].Title);
        Assert.Equal("Velkommen mv.", meeting.Items[0].Title);
        Assert.StartsWith("Lisbet (Holbæk) bød velkommen", meeting.Items[0].Text);
    }

    [Fact]
    public async Task EveryBeslutningBulletIsADecisionOfItsItem()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("003"));
        var raw = await File.ReadAllTextAsync(Fixtures.Sample("003"));

        var itemsWithBeslutning = meeting.Items.Where(i => i.Sections.Any(s => s.Name == "Beslutning")).ToList();
        Assert.Equal(CountLines(raw, "Beslutning:"), itemsWithBeslutning.Count);
        foreach (var item in itemsWithBeslutning)
        {
            var bullets = item.Sections.Single(s => s.Name == "Beslutning").Text.Split('\n')
                .Select(l => l.Trim()).Where(l => l.StartsWith('•')).Select(l => l.TrimStart('•', ' '));
            foreach (var bullet in bullets)
            {
                var start = bullet[..Math.Min(25, bullet.Length)];
                Assert.True(item.Decisions.Any(d => d.Text.StartsWith(start, StringComparison.Ordinal)),
                    $"item {item.Number}: bullet '{bullet}' is not among its decisions");
            }
        }
    }

    [Theory]
    [InlineData("001", 6, "Netværket bakkede generelt op om Næstved Kommunes vurdering")]
    [InlineData("001", 6, "Næste step er at Næstved kontakter brugerkommunerne")]
    [InlineData("000", 2, "Aftalt at Kim undersøger om det fremadrettet kan være 4 fysiske")]
    [InlineData("000", 1, "Referat fra sidste møde blev godkendt")]
    [InlineData("003", 9, "Odsherred (Erik Pedersen) er udpeget som suppleant")]
    [InlineData("003", 7, "Styregruppen besluttede at sagen belyses yderligere")]
    [InlineData("004", 7, "Der er ikke behov for landsdækkende koordinering")]
    [InlineData("002", 3, "Det blev konkluderet, at der er behov for")]
    public async Task DecisionWordingsAreRecognisedInTheirItem(string seed, int item, string decision)
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample(seed));

        Assert.Contains(meeting.Items[item - 1].Decisions, d => d.Text.Contains(decision, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneSentenceDecisionKeepsTheTopicOfItsBulletAsContext()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("000"));

        var decision = Assert.Single(meeting.Items[4].Decisions, d => d.Text.StartsWith("Konklusion på undersøgelse", StringComparison.Ordinal));
        Assert.Contains("Udsatte gravide med skadeligt rusmiddelforbrug", decision.Context);
    }

    [Fact]
    public async Task ItemWithABeslutningSectionTakesItsDecisionsOnlyFromIt()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("003"));

        // Item 4's background reports earlier meetings' agreements ("På styregruppemøde 17/4 blev det aftalt ...").
        var decision = Assert.Single(meeting.Items[3].Decisions);
        Assert.StartsWith("Styregruppen besluttede at udsætte punktet", decision.Text);
    }

    [Fact]
    public async Task BackgroundAndProposalsAreNotDecisions()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("003"));

        var all = meeting.Items.SelectMany(i => i.Decisions).Select(d => d.Text).ToList();
        Assert.DoesNotContain(all, d => d.StartsWith("At styregruppen", StringComparison.Ordinal));
        Assert.DoesNotContain(all, d => d.Contains("godkendte pladser", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HeaderGivesParticipantsAbsenteesPlaceTimeAndMinuteTaker()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("000"));

        Assert.Contains(new Person("Carina Bom", "Lejre"), meeting.Participants);
        Assert.Contains(new Person("Stine Gran Hansen", "Region Sjælland"), meeting.Participants);
        Assert.Contains(new Person("Dorrit Guttman", "Vordingborg"), meeting.Absent);
        Assert.Equal("Rie Nielsen", meeting.MinuteTaker);
        Assert.Equal("10.00-12.00", meeting.Time);
        Assert.StartsWith("Hækkerupsvej 1, 4100 Ringsted", meeting.Place);
    }

    [Fact]
    public async Task AbsenteesWithJobTitlesKeepTheirMunicipality()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        Assert.Contains(new Person("Julie Folke", "Kalundborg"), meeting.Absent);
        Assert.Contains(new Person("Kira Ziethen", "Vordingborg"), meeting.Absent);
    }

    [Fact]
    public async Task IdsAreStableAcrossRunsAndUniquePerItem()
    {
        var first = await ingestion.ParseAsync(Fixtures.Sample("001"));
        var second = await ingestion.ParseAsync(Fixtures.Sample("001"));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
        Assert.Equal(first.Items.Count, first.Items.Select(i => i.Id).Distinct().Count());
    }

    private static int CountLines(string text, string start) =>
        text.Split('\n').Count(l => l.Trim().StartsWith(start, StringComparison.Ordinal));
}
