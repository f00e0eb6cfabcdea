using System.Text;
using System.Text.RegularExpressions;
using Minutes.Core;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.FirstAgenda;

namespace Minutes.Tests.Ingestion.Readers.FirstAgenda;

/// <summary>The FirstAgenda reader on Greve meetings copied into Fixtures/formats/firstagenda, through the real pipeline.</summary>
[Trait("Category", "Readers")]
public sealed partial class FirstAgendaReaderTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>, IDisposable
{
    private const string PlanMeeting = "formats/firstagenda/plan-og-tryghedsudvalget_2025-01-29_dcd8a602.json";
    private const string QuestionsMeeting = "formats/firstagenda/spoergsmaal-svar-til-byraadet-2022-2025_2022-01-01_5034dee3.json";
    private const string ClimateMeeting = "formats/firstagenda/klima-teknik-og-miljoeudvalget_2024-04-17_046f602f.json";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(PlanMeeting)]
    [InlineData(QuestionsMeeting)]
    [InlineData(ClimateMeeting)]
    public async Task ItemsAreExactlyAsPublished(string fixture)
    {
        var path = Fixtures.File(fixture);
        var meeting = await ingestion.ParseAsync(path);

        FirstAgendaExpectations.AssertAsPublished(meeting, PublishedMeeting.Load(path), Path.GetFileName(path));
    }

    [Fact]
    public async Task MeetingHeaderComesFromTheFeed()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(PlanMeeting));

        Assert.Equal("Plan- og Tryghedsudvalget", meeting.Body);
        Assert.Equal(new DateOnly(2025, 1, 29), meeting.Date);
        Assert.Equal("16.45", meeting.Time);
        Assert.Equal("Mødelokale 1", meeting.Place);
        Assert.Equal(new SourceDocument("plan-og-tryghedsudvalget_2025-01-29_dcd8a602.json", "firstagenda", 1, "", ""),
            meeting.Source with { Path = "", ContentHash = "" });
        Assert.Contains(meeting.Participants, p => p.Name == "Kenneth Jerkel");
    }

    [Fact]
    public async Task AfbudInTheDecisionsMakesAMemberAbsentNotADecision()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(PlanMeeting));

        Assert.Contains(meeting.Absent, p => p.Name == "Dorthe Bøgh Madsen");
        Assert.DoesNotContain(meeting.Participants, p => p.Name == "Dorthe Bøgh Madsen");
        Assert.DoesNotContain(meeting.Items.SelectMany(i => i.Decisions), d => d.Text.Contains("Afbud"));
        Assert.Equal(["Godkendt."], meeting.Items[0].Decisions.Select(d => d.Text));
    }

    [Fact]
    public async Task ClosedItemIsMarkedAndItsUnheadedTextIsTheDecision()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(PlanMeeting));
        var closed = meeting.Items[1];

        Assert.True(closed.Closed);
        Assert.False(meeting.Items[0].Closed);
        Assert.Equal("Lukket: Tune Plejecenter skema B og grundkøbsaftale", closed.Title);
        Assert.Equal("24-008513", closed.CaseNumber);
        Assert.Equal("Beslutning", Assert.Single(closed.Sections).Name);
        Assert.Equal("1.-6. anbefales.", Assert.Single(closed.Decisions).Text);
    }

    [Fact]
    public async Task HtmlFieldsBecomeSectionsWithReadableText()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(PlanMeeting));
        var first = meeting.Items[0];

        Assert.Equal(["Beslutning", "Sagsprocedure", "Resume", "Indstilling"], first.Sections.Select(s => s.Name));
        Assert.Equal("Administrationen indstiller, at dagsordenen godkendes.", first.Sections[3].Text);
        Assert.StartsWith("Beslutning\nGodkendt.\nAfbud: Dorthe Bøgh Madsen\n\nSagsprocedure\nPlan- og Tryghedsudvalget.", first.Text);
        Assert.DoesNotContain('<', first.Text);
    }

    [Fact]
    public async Task NumberedDecisionKeepsTheIndstillingPointsItRefersTo()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(ClimateMeeting));
        var decision = Assert.Single(meeting.Items[1].Decisions);

        Assert.Equal("1. - 3. Anbefales.", decision.Text);
        Assert.NotNull(decision.Context);
        Assert.StartsWith("Administrationen indstiller, at det besluttes om Greve Kommune kan godkende", decision.Context);
        Assert.Contains("1. Strandparken I/S er afsender på en fælles fondsansøgning", decision.Context);
        Assert.Contains("2. at ansøgningen omfatter:", decision.Context);
    }

    [Fact]
    public async Task BareApprovalKeepsTheWholeIndstilling()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(ClimateMeeting));

        Assert.Equal("Administrationen indstiller, at dagsordenen godkendes.", Assert.Single(meeting.Items[0].Decisions).Context);
    }

    [Fact]
    public async Task ItemWithOnlyAttachmentsIsSearchableByTheirNames()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File(QuestionsMeeting));
        var item = Assert.Single(meeting.Items);

        Assert.Equal("Spørgsmål / Svar til Byrådet 2022-2025", meeting.Body);
        Assert.NotEmpty(item.Attachments);
        Assert.Equal("Bilag", Assert.Single(item.Sections).Name);
        Assert.All(item.Attachments, a => Assert.Contains(a, item.Text));
        Assert.Empty(item.Decisions);
        Assert.StartsWith("Dagsorden:", meeting.Title);
    }

    [Fact]
    public async Task FeedIsRecognisedByContentWhateverItsName()
    {
        var path = _temp.Write("moede.txt", await File.ReadAllBytesAsync(Fixtures.File(PlanMeeting)));

        var meeting = await ingestion.ParseAsync(path);

        Assert.Equal("firstagenda", meeting.Source.Format);
        Assert.Equal("moede.txt", meeting.Source.File);
        Assert.Equal(3, meeting.Items.Count);
    }

    [Theory]
    [InlineData("""{"Dagsorden": [], "Udvalg": {"Navn": "X"}}""", "not a FirstAgenda publication: the JSON object has no 'Dagsordenpunkter', 'Moede'")]
    [InlineData("""[{"Caption": "Godkendelse af dagsorden"}]""", "not a FirstAgenda publication: the JSON is a list")]
    [InlineData("""{"Dagsordenpunkter": [""", "not valid JSON (line 1")]
    [InlineData("""{"Dagsordenpunkter": {}, "Moede": {}, "Udvalg": {}}""", "'Dagsordenpunkter' (the agenda items) is not a list")]
    public async Task JsonThatIsNotAFirstAgendaFeedIsRefusedWithTheReason(string json, string reason)
    {
        var path = _temp.Write("andet.json", json);

        var result = await ingestion.Pipeline.ParseFileAsync(path, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error);
        Assert.Equal(path, result.Path);
    }

    [Fact]
    public async Task CprNumbersInTheFeedAreRedacted()
    {
        var json = (await File.ReadAllTextAsync(Fixtures.File(PlanMeeting), Encoding.UTF8))
            .Replace("Godkendt.<br><br>Afbud", "Godkendt for borger 010203-1234.<br><br>Afbud", StringComparison.Ordinal);
        var path = _temp.Write("cpr.json", json);

        var meeting = await ingestion.ParseAsync(path);

        Assert.Equal("Godkendt for borger [CPR].", meeting.Items[0].Decisions[0].Text);
        Assert.DoesNotContain("010203-1234", MeetingJson.Serialize(meeting));
    }

    [Fact]
    public async Task DateIsTheDanishLocalDateOfAUtcStart()
    {
        // 23:30 UTC on 31 March is 01:30 on 1 April in Copenhagen (summer time): the meeting is on 1 April.
        var json = (await File.ReadAllTextAsync(Fixtures.File(PlanMeeting), Encoding.UTF8))
            .Replace("2025-01-29T16:45:00+01:00", "2025-03-31T23:30:00Z", StringComparison.Ordinal);
        var path = _temp.Write("utc.json", json);

        var meeting = await ingestion.ParseAsync(path);

        Assert.Equal(new DateOnly(2025, 4, 1), meeting.Date);
        Assert.Equal("01.30", meeting.Time);
    }

    [Fact]
    public void RecognisesOnlyAJsonObjectNamingFirstAgendaParts()
    {
        var reader = new FirstAgendaReader();

        Assert.True(reader.Recognises("\uFEFF\n  {\"Dagsordenpunkter\": ["u8));
        Assert.False(reader.Recognises("Referat af mødet i Moede-gruppen \"Moede\""u8));
        Assert.False(reader.Recognises("{\"name\": \"package\"}"u8));
    }

    [Theory]
    [InlineData("1.-2. Anbefales.", new[] { 1, 2 })]
    [InlineData("1. - 5. anbefales.", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("1-2. Anbefales.", new[] { 1, 2 })]
    [InlineData("1. og 3. Godkendt.", new[] { 1, 3 })]
    [InlineData("3.Anbefales.", new[] { 3 })]
    [InlineData("2) Godkendt", new[] { 2 })]
    [InlineData("1 og 2, Godkendt.", new[] { 1, 2 })]
    [InlineData("Punkt 3a Anbefales med bemærkning om, at ...", new[] { 3 })]
    [InlineData("Ad punkt 2: Godkendt.", new[] { 2 })]
    [InlineData("1 a. Ikke godkendt", new[] { 1 })]
    [InlineData("3. marts 2023 blev planen godkendt.", new int[0])]
    [InlineData("2 medlemmer stemte imod.", new int[0])]
    [InlineData("Godkendt.", new int[0])]
    public void DecisionPointReferencesAreRead(string decision, int[] points) =>
        Assert.Equal(points, IndstillingPoints.ReferredPoints(decision));

    [Theory]
    [InlineData("Afbud: Torben Hoffmann (Stedfortræder: Conni Bergendorff), Tina Rottbøll", true, "Torben Hoffmann|Tina Rottbøll", "Conni Bergendorff")]
    [InlineData("Ikke til stede: Simon Østergaard (V)", false, "Simon Østergaard", "")]
    [InlineData("Afbud fra Tina Rottbøll (A)", true, "Tina Rottbøll", "")]
    [InlineData("Fraværende: Liselott Blixt, Claus Dyremose og Anne Marie Lyduch", false, "Liselott Blixt|Claus Dyremose|Anne Marie Lyduch", "")]
    [InlineData("Dorthe Bøgh Madsen deltog som stedfortræder.", false, "", "Dorthe Bøgh Madsen")]
    [InlineData("Ikke til stede: Charlotte Levin (A)", false, "Charlotte Levin", "")]
    public void AttendanceNotesAreRead(string line, bool cancelled, string absent, string substitutes)
    {
        var note = AttendanceNote.Parse(line);

        Assert.NotNull(note);
        Assert.Equal(cancelled, note.Cancelled);
        Assert.Equal(Names(absent), note.Absent);
        Assert.Equal(Names(substitutes), note.Substitutes);

        static string[] Names(string names) => names.Split('|', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void DecisionTextIsNotAnAttendanceNote() =>
        Assert.Null(AttendanceNote.Parse("Afbudsbestemmelserne blev drøftet."));
}
