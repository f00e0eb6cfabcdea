namespace Minutes.Tests.Ingestion.Parsing;

/// <summary>The same minutes in other formats parse to the same meeting as their text seed.</summary>
public sealed class FormatParsingTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>
{
    [Theory]
    [InlineData("formats/html/referat-2023-09-29.html", "004")]
    [InlineData("formats/docx/referat-2023-09-29.docx", "004")]
    [InlineData("formats/encodings/referat-2023-09-29-bom.txt", "004")]
    [InlineData("formats/encodings/referat-2023-03-03-cp1252.txt", "000")]
    [InlineData("formats/pdf/referat-2023-09-29.pdf", "004")]
    [InlineData("formats/pdf/styregruppe-2020-06-26.pdf", "003")]
    public async Task OtherFormatGivesSameDateNumbersAndTitlesAsTheSeed(string file, string seed)
    {
        var expected = await ingestion.ParseAsync(Fixtures.Sample(seed));
        var actual = await ingestion.ParseAsync(Fixtures.File(file));

        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(expected.Items.Select(i => i.Number), actual.Items.Select(i => i.Number));
        Assert.Equal(expected.Items.Select(i => i.Title), actual.Items.Select(i => i.Title));
    }

    [Fact]
    public async Task ScannedPdfAfterOcrGivesTheSameDateAndBody()
    {
        var expected = await ingestion.ParseAsync(Fixtures.Sample("004"));
        var scanned = await ingestion.ParseAsync(Fixtures.File("formats/pdf/referat-2023-09-29-scannet.pdf"));

        Assert.Equal(expected.Date, scanned.Date);
        Assert.Equal(expected.Body, scanned.Body);
        Assert.Equal([1, 2], scanned.Source.OcrPages);
        Assert.Equal("Velkommen mv.", scanned.Items[0].Title);
    }

    [Fact]
    public async Task PdfItemsKeepThePageTheyStartOn()
    {
        var meeting = await ingestion.ParseAsync(Fixtures.File("formats/pdf/styregruppe-2020-06-26.pdf"));

        Assert.Equal(1, meeting.Items[0].Page);
        Assert.Equal(12, meeting.Items[10].Page);
        Assert.True(meeting.Items.Select(i => i.Page).SequenceEqual(meeting.Items.Select(i => i.Page).Order()));
        var decision = meeting.Items[8].Decisions.First(d => d.Text.Contains("Erik Pedersen"));
        Assert.Equal(11, decision.Page);
    }

    [Fact]
    public async Task FolderWithBrokenFilesStillParsesTheGoodOnesAndNamesEachBadOne()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-batch-").FullName;
        try
        {
            File.Copy(Fixtures.Sample("001"), Path.Combine(folder, "god.txt"));
            foreach (var bad in Directory.EnumerateFiles(Fixtures.File("bad")))
            {
                File.Copy(bad, Path.Combine(folder, Path.GetFileName(bad)));
            }

            File.WriteAllText(Path.Combine(folder, "noter.xyz"), "ikke et referat");
            var results = new List<Minutes.Core.ParsedFile>();
            await foreach (var result in ingestion.Pipeline.ReadAsync(folder, CancellationToken.None))
            {
                results.Add(result);
            }

            Assert.Single(results, r => r.Succeeded);
            var failed = results.Where(r => !r.Succeeded).ToList();
            Assert.Equal(Directory.EnumerateFiles(Fixtures.File("bad")).Count(), failed.Count);
            Assert.All(failed, r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
            Assert.Contains(results, r => Path.GetFileName(r.Path) == "binaer.txt" && r.Error!.Contains("binary"));
            Assert.DoesNotContain(results, r => r.Path.EndsWith(".xyz"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
