using System.Text;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Html;

namespace Minutes.Tests.Ingestion.Readers.Html;

[Trait("Category", "Readers")]
public sealed class HtmlDocumentReaderTests : IDisposable
{
    private static readonly string[] ItemTitles =
    [
        "1. Velkommen mv.",
        "2. Dialogmøde med Socialtilsyn Øst",
        "3. Tema Psykiatrien",
        "4. Input til dagsorden til næste møde 24. november",
        "5. Børnehus Sjælland",
        "6. Nyt fra rammeaftale Sjælland",
        "7. Tilbagemelding på notat om specialundervisning",
        "8. Kommune-runden",
        "9. Eventuelt",
    ];

    private readonly HtmlDocumentReader _reader = new();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string[]> FixtureLinesAsync()
    {
        var document = await _reader.ReadAsync(Fixtures.File("formats/html/referat-2023-09-29.html"), CancellationToken.None);
        return document.FullText.Split('\n');
    }

    private async Task<string[]> LinesAsync(string html)
    {
        var document = await _reader.ReadAsync(_temp.Write("side.html", html), CancellationToken.None);
        return document.FullText.Split('\n');
    }

    [Fact]
    public async Task ItemTitleAndItsTextShareTheRowsFirstLine()
    {
        var lines = await FixtureLinesAsync();

        var row = Array.FindIndex(lines, l => l.StartsWith("1. Velkommen mv.", StringComparison.Ordinal));

        Assert.Equal("1. Velkommen mv.\tLisbet bød velkommen og mødet blev indledt med en kort præsentationsrunde og velkommen til gæster og nye deltagere i netværket.", lines[row]);
        Assert.Equal("- Referat fra sidste møde 3. marts 2023 blev godkendt", lines[row + 1]);
        Assert.StartsWith("- Dagsorden blev godkendt", lines[row + 2]);
        Assert.StartsWith("2. Dialogmøde med Socialtilsyn Øst\tSocialtilsyn Øst måtte desværre", lines[row + 3]);
    }

    [Fact]
    public async Task ItemTitlesOneToNineOpenLinesInOrder()
    {
        var lines = await FixtureLinesAsync();

        var positions = ItemTitles.Select(t => Array.FindIndex(lines, l => l.StartsWith(t, StringComparison.Ordinal))).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task HeaderParagraphsComeFirstEachOnItsOwnLine()
    {
        var lines = await FixtureLinesAsync();

        Assert.Equal("KKR – REFERAT - Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00", lines[0]);
        Assert.Equal("Adresse: Hækkerupsvej 1, 4100 Ringsted, mødelokale 1", lines[1]);
        Assert.StartsWith("Deltagere: Daniel Gottrup (Næstved)", lines[2]);
        Assert.StartsWith("Fraværende. Christian Sørensen (Stevns)", lines[3]);
        Assert.Equal("Dagsordenspunkt\tReferat", lines[4]);
    }

    [Fact]
    public async Task ListItemsAreSeparateLinesKeepingTheirTypedMarkers()
    {
        var lines = await FixtureLinesAsync();

        Assert.Contains(lines, l => l.StartsWith("➤ Vi skal melde tilbage til styregruppen", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Budget 2024 – flere kommuner", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("d) KKR har besluttet 5 delprojekter", StringComparison.Ordinal) && l.EndsWith("følgende:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- Undersøge muligheder for fælles udbud", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("- - ", StringComparison.Ordinal) || l.StartsWith("- ➤", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FixtureTextHasNoTagRemnantsOrStyles()
    {
        var lines = await FixtureLinesAsync();
        var text = string.Join('\n', lines);

        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.DoesNotContain("font-family", text);
        Assert.DoesNotContain("Referat 29-09-2023", text);
        Assert.Contains("2,26 % højere end i 2023", text);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l)));
    }

    [Fact]
    public async Task FixtureIsOnePageOfFormatHtml()
    {
        var document = await _reader.ReadAsync(Fixtures.File("formats/html/referat-2023-09-29.html"), CancellationToken.None);

        Assert.Single(document.Pages);
        Assert.Equal("html", document.Source.Format);
        Assert.Equal(1, document.Source.Pages);
        Assert.Equal(64, document.Source.ContentHash.Length);
    }

    [Fact]
    public async Task ScriptsStylesAndCommentsAreDropped()
    {
        var lines = await LinesAsync(
            "<html><head><script>var x = 'hemmelig';</script><style>p { color: red }</style></head>" +
            "<body><!-- intern note --><p>Referat</p><script>alert('nej')</script><noscript>Slå JavaScript til</noscript>" +
            "<template><p>skabelon</p></template><p hidden>skjult</p></body></html>");

        Assert.Equal(["Referat"], lines);
    }

    [Fact]
    public async Task EntitiesAreDecoded()
    {
        var lines = await LinesAsync("<p>N&aelig;stved &amp; K&oslash;ge&nbsp;kommune &#8211; &sect; 32 &lt;udkast&gt;</p>");

        Assert.Equal(["Næstved & Køge kommune – § 32 <udkast>"], lines);
    }

    [Fact]
    public async Task CharsetDeclaredInMetaIsHonoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Næstved – Sorø</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html);

        var document = await _reader.ReadAsync(_temp.Write("ansi.html", bytes), CancellationToken.None);

        Assert.Equal("Næstved – Sorø", document.FullText);
    }

    [Fact]
    public async Task CharsetDeclaredInHttpEquivIsHonoured()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Hækkerupsvej</p></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html);

        var document = await _reader.ReadAsync(_temp.Write("latin1.htm", bytes), CancellationToken.None);

        Assert.Equal("Hækkerupsvej", document.FullText);
    }

    [Fact]
    public async Task ListItemsWithoutTypedMarkersGetOne()
    {
        var lines = await LinesAsync("<ul><li>Budget</li><li>Takster</li></ul><ol start=\"3\"><li>Tredje</li><li>- Fjerde</li></ol><ol type=\"a\"><li>Første</li></ol>");

        Assert.Equal(["- Budget", "- Takster", "3. Tredje", "- Fjerde", "a. Første"], lines);
    }

    [Fact]
    public async Task BoldTitleOpeningAParagraphGetsItsOwnLine()
    {
        var lines = await LinesAsync("<p><b>3. Budget 2024</b> Sagen blev drøftet.</p><p><b>Beslutning:</b> Godkendt.</p><p>Det var <b>meget</b> godt.</p>");

        Assert.Equal(["3. Budget 2024", "Sagen blev drøftet.", "Beslutning: Godkendt.", "Det var meget godt."], lines);
    }

    [Fact]
    public async Task BreaksAndHeadingsEndLines()
    {
        var lines = await LinesAsync("<h1>Referat</h1>Dato: 1/2<br>Sted: Rådhuset<h3>Punkt 1</h3><div>Tekst</div>");

        Assert.Equal(["Referat", "Dato: 1/2", "Sted: Rådhuset", "Punkt 1", "Tekst"], lines);
    }

    [Fact]
    public async Task RowThatOnlyContinuesTheTextColumnHasNoLeadingTab()
    {
        var lines = await LinesAsync("<table><tr><td>1. Velkommen</td><td>Godkendt.</td></tr><tr><td></td><td><p>Mere tekst.</p><ul><li>punkt</li></ul></td></tr></table>");

        Assert.Equal(["1. Velkommen\tGodkendt.", "Mere tekst.", "- punkt"], lines);
    }

    [Fact]
    public async Task EmptyFileIsRejected()
    {
        var file = _temp.Write("tom.html", []);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => _reader.ReadAsync(file, CancellationToken.None));

        Assert.Equal("the file is empty", error.Reason);
    }
}
