using System.Diagnostics;
using System.Text;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Text;

namespace Minutes.Tests.Ingestion.Readers.Text;

[Trait("Category", "Readers")]
public sealed class TextDocumentReaderTests : IDisposable
{
    private readonly TextDocumentReader _reader = new();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string SeedText(string prefix) =>
        File.ReadAllText(Fixtures.Sample(prefix), Encoding.UTF8).ReplaceLineEndings("\n");

    private async Task<UnreadableDocumentException> RejectedAsync(string path) =>
        await Assert.ThrowsAsync<UnreadableDocumentException>(() => _reader.ReadAsync(path, CancellationToken.None));

    [Fact]
    public async Task Windows1252FileReadsExactlyLikeItsUtf8Seed()
    {
        var document = await _reader.ReadAsync(Fixtures.File("formats/encodings/referat-2023-03-03-cp1252.txt"), CancellationToken.None);

        Assert.Equal(SeedText("000"), document.FullText);
        Assert.Contains("Netværksgruppe", document.FullText);
    }

    [Fact]
    public async Task Utf8FileWithByteOrderMarkReadsExactlyLikeItsSeed()
    {
        var document = await _reader.ReadAsync(Fixtures.File("formats/encodings/referat-2023-09-29-bom.txt"), CancellationToken.None);

        Assert.Equal(SeedText("004"), document.FullText);
        Assert.False(document.FullText.StartsWith('\uFEFF'));
    }

    [Fact]
    public async Task Utf8FileWithoutByteOrderMarkIsOnePageOfFormatTxt()
    {
        var document = await _reader.ReadAsync(Fixtures.Sample("004"), CancellationToken.None);

        Assert.Equal(SeedText("004"), document.FullText);
        Assert.Single(document.Pages);
        Assert.Equal("txt", document.Source.Format);
    }

    [Fact]
    public async Task WindowsLineEndingsBecomeLineFeeds()
    {
        var file = _temp.Write("crlf.txt", "1. Velkommen\r\nGodkendt\r\n");

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal("1. Velkommen\nGodkendt\n", document.FullText);
    }

    [Fact]
    public async Task QuestionMarkOpeningALineIsKeptInUtf8Text()
    {
        var file = _temp.Write("spoergsmaal.txt", "? Hvem deltager\n");

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal("? Hvem deltager\n", document.FullText);
    }

    [Fact]
    public async Task FormFeedsSeparatePages()
    {
        var file = _temp.Write("sider.txt", "Side et\n\fSide to\n");

        var document = await _reader.ReadAsync(file, CancellationToken.None);

        Assert.Equal(["Side et\n", "Side to\n"], document.Pages.Select(p => p.Text));
        Assert.Equal(2, document.Source.Pages);
    }

    [Fact]
    public async Task BinaryFileIsRejected()
    {
        var error = await RejectedAsync(Fixtures.File("bad/binaer.txt"));

        Assert.Equal("not a text file: it contains binary control characters", error.Reason);
    }

    [Fact]
    public async Task EmptyFileIsRejected()
    {
        var error = await RejectedAsync(_temp.Write("tom.txt", []));

        Assert.Equal("the file is empty", error.Reason);
    }

    [Fact]
    public async Task OneLineOfSixMillionCharactersIsRejectedWithinASecond()
    {
        const int length = 6_600_000;
        var phrase = "Punkt 1. meget lang linje uden linjeskift ";
        var line = new StringBuilder(length);
        while (line.Length < length)
        {
            line.Append(phrase);
        }

        line.Length = length;
        var file = _temp.Write("lang-linje.txt", Encoding.UTF8.GetBytes(line.ToString()));

        var error = await RejectedAsync(file);

        Assert.Equal("one line of 6,600,000 characters: not minutes text (limit 100,000 per line)", error.Reason);
    }

    [Fact]
    public async Task FileOverTheSizeLimitIsRejectedBeforeItIsRead()
    {
        var file = Path.Combine(_temp.Path, "stor.txt");
        using (var stream = File.Create(file))
        {
            stream.SetLength(TextDocumentReader.MaxFileBytes + 1);
        }

        var error = await RejectedAsync(file);

        Assert.StartsWith("the file is 20,971,521 bytes: too large", error.Reason);
    }
}
