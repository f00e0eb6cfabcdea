using Minutes.Ingestion.Parsing;

namespace Minutes.Tests.Ingestion.Parsing;

/// <summary>Layouts of other bodies' minutes: "Punkt N:" headings, publication portal pages, Word heading styles, labelled dates.</summary>
public sealed class LayoutParsingTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    [Fact]
    public async Task PunktHeadingsGiveEveryItemAndNotTheNumberedListsInsideThem()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File("real/aarhus-byraad-referat-2025-08-27.txt"));

        Assert.Equal(Enumerable.Range(1, 21).Select(n => n.ToString()), meeting.Items.Select(i => i.Number));
        Assert.Equal("Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø", meeting.Items[1].Title);
        Assert.Equal("Lukket: Køb af landbrugsejendom", meeting.Items[20].Title);
        Assert.DoesNotContain(meeting.Items, i => i.Title.StartsWith("Byrådet", StringComparison.Ordinal));
        Assert.Contains("1. Aarhus Byråd træffer en principbeslutning", meeting.Items[1].Text);
        Assert.Equal(new DateOnly(2025, 8, 27), meeting.Date);
    }

    [Fact]
    public async Task ContentsLineGivesBackTheWordsOfAHeadingThatWrapped()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File("real/aarhus-byraad-referat-2025-08-27.txt"));

        Assert.Equal("Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup, Hasselager-Kolt, med tillæg 1 - Endelig", meeting.Items[9].Title);
        Assert.StartsWith("EMN-2025-008468", meeting.Items[9].Text);
    }

    [Fact]
    public async Task DecisionUnderBeslutningerHeadingIsFound()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File("real/aarhus-byraad-referat-2025-08-27.txt"));

        Assert.Equal("Godkendt.", Assert.Single(meeting.Items[0].Decisions).Text);
        Assert.StartsWith("Fremsendes til Teknisk Udvalg", meeting.Items[1].Decisions[0].Text);
    }

    [Fact]
    public async Task PortalPageGivesTitlesFromItsHeadingsAndDecisionsFromBeslutninger()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File("real/aarhus-teknisk-udvalg-referat-2025-10-01.html"));

        Assert.Equal(["1", "2", "3", "4", "5", "6"], meeting.Items.Select(i => i.Number));
        Assert.Equal("Udviklingsplan Aarhus Ø - endelig vedtagelse", meeting.Items[1].Title);
        Assert.Equal("Eventuelt", meeting.Items[4].Title);
        Assert.Equal("Sagen blev udsat uden behandling.", meeting.Items[5].Decisions[0].Text);
        Assert.DoesNotContain(meeting.Items, i => i.Text.Contains("Hent som PDF", StringComparison.Ordinal));
    }

    [SharedFact("corpus/real/glostrup-oekonomiudvalget-referat-2025-11-19.docx")]
    public async Task WordFileCutOffBeforeItsZipDirectoryIsReadFromItsDocumentPart()
    {
        var meeting = await ingestion.ParseAsync(SharedMaterial.Path("corpus/real/glostrup-oekonomiudvalget-referat-2025-11-19.docx"));

        Assert.Equal(new DateOnly(2025, 11, 19), meeting.Date);
        Assert.Equal("Økonomiudvalget", meeting.Body);
        Assert.Equal(["1.", "2.", "3.", "4."], meeting.Items.Select(i => i.Number));
        Assert.Equal("Ansættelse af centerchef til Center for Glostrup Ejendomme", meeting.Items[2].Title);
        Assert.Equal("Godkendt.", meeting.Items[0].Decisions[0].Text);
        Assert.Contains(meeting.Participants, p => p.Name == "Kasper Damsgaard");
    }

    [Fact]
    public async Task LabelledMeetingDateWinsOverADateQuotedBefore()
    {
        using var folder = new Readers.TempFolder();
        var path = folder.Write("referat.txt",
            "Referat\n\nBeslutning fra mødet den 3. marts 2025 er vedlagt.\n\nMødedato: Onsdag den 4. december 2025\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n");

        var meeting = await ingestion.ParseAsync(path);

        Assert.Equal(new DateOnly(2025, 12, 4), meeting.Date);
    }

    [Fact]
    public async Task OpenOrClosedIsAnAttributeNotATitle()
    {
        using var folder = new Readers.TempFolder();
        var path = folder.Write("acadre.txt",
            "Referat af mødet i Teknisk Udvalg\nMødedato: 12-03-2025\n\n1. Åben\nGodkendelse af dagsorden\n\nSagsnr.: 25/1234\nGodkendt.\n\n2. Lukket\nKøb af ejendom\n\nSagsnr.: 25/5678\nGodkendt.\n");

        var meeting = await ingestion.ParseAsync(path);

        Assert.Equal(["Godkendelse af dagsorden", "Køb af ejendom"], meeting.Items.Select(i => i.Title));
        Assert.Equal(new DateOnly(2025, 3, 12), meeting.Date);
    }

    [Fact]
    public async Task PresentersAreTheParticipantsWhenNoListIsLabelled()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        Assert.Contains(meeting.Participants, p => p.Name == "Stine Gran");
        Assert.Contains(meeting.Participants, p => p.Name == "Kim Risom Rasmussen");
        Assert.DoesNotContain(meeting.Participants, p => meeting.Absent.Any(a => a.Name == p.Name));
    }

    [Fact]
    public async Task TitleWithABracketLeftOpenIsReadToItsEndAndThePresenterIsCutOff()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.Sample("002"));

        Assert.Contains(meeting.Items, i => i.Title == "Nyt fra Rammesekretariatet (bilag 4)");
        Assert.Contains(meeting.Items, i => i.Title.StartsWith("Orientering om tovholder", StringComparison.Ordinal) && i.Title.EndsWith("alfabetet)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("REFERAT Aarhus Byråd d. 27-08-2025", "2025-08-27")]
    [InlineData("Mødedato Onsdag d. 27. august 2025 kl. 16:00", "2025-08-27")]
    [InlineData("Mødet afholdtes onsdag den 4. december 2012 på rådhuset", "2012-12-04")]
    [InlineData("Aar 1940 den 9. Januar mødtes Sogneraadet", "1940-01-09")]
    [InlineData("Beslutning i Økonomiudvalget den 19-11-2025", "2025-11-19")]
    public void DanishDateFormsAreRead(string text, string date)
    {
        Assert.Equal(DateOnly.Parse(date), DanishDates.First(text));
    }
}
