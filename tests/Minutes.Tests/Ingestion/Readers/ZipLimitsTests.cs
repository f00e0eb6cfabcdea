using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using Minutes.Ingestion;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Docx;
using Minutes.Search.Indexing;
using Minutes.Tests.Ingestion.Readers.Docx;
using Minutes.Tests.Search;

namespace Minutes.Tests.Ingestion.Readers;

/// <summary>
/// Zip bombs (a .docx of a few hundred kilobytes whose document.xml expands to 100 MB) are refused before
/// DocumentFormat.OpenXml loads them, in the reader, the pipeline and the folder sync alike.
/// </summary>
[Trait("Category", "Readers")]
public sealed class ZipLimitsTests(IngestionFixture ingestion) : IClassFixture<IngestionFixture>, IDisposable
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task DocxWhoseDocumentExpandsTo100MbIsRefusedNamingThePart()
    {
        var bomb = _temp.Write("bombe.docx", ZipBomb.Docx(HundredMegabytes));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new DocxDocumentReader().ReadAsync(bomb, CancellationToken.None));

        Assert.True(new FileInfo(bomb).Length < 1024 * 1024, "the bomb is small on disk");
        Assert.Contains("zip bomb", error.Reason);
        Assert.Contains("'word/document.xml'", error.Reason);
    }

    [Fact]
    public async Task BombCutOffBeforeItsZipDirectoryIsRefusedByTheSalvageToo()
    {
        var bomb = ZipBomb.Docx(HundredMegabytes);
        // The end-of-directory record (no comment) is the last 22 bytes; it says where the directory starts.
        var directory = (int)BinaryPrimitives.ReadUInt32LittleEndian(bomb.AsSpan(bomb.Length - 22 + 16));
        var cut = _temp.Write("afkortet-bombe.docx", bomb[..(directory + 10)]);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new DocxDocumentReader().ReadAsync(cut, CancellationToken.None));

        Assert.Contains("zip bomb", error.Reason);
        Assert.Contains("'word/document.xml'", error.Reason);
    }

    [Fact]
    public void CheckingABombInflatesIntoOneSmallBufferNotIntoMemory()
    {
        var bomb = ZipBomb.Docx(HundredMegabytes);
        var limits = ZipLimits.For(new IngestionOptions());
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<UnreadableDocumentException>(() => limits.Check(bomb));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 2 * 1024 * 1024, $"checking allocated {allocated:N0} bytes");
    }

    [Fact]
    public void PartLargerThanTheFileSizeLimitIsRefusedThoughItPacksLikeText()
    {
        var limits = ZipLimits.For(new IngestionOptions { MaxFileSizeMb = 1 });
        var words = new Random(12);
        var text = new StringBuilder();
        while (text.Length < 2 * 1024 * 1024)
        {
            text.Append(words.Next(100_000)).Append(' ');
        }

        var package = Zip(("word/document.xml", Encoding.UTF8.GetBytes(text.ToString())));

        var error = Assert.Throws<UnreadableDocumentException>(() => limits.Check(package));

        Assert.Contains("'word/document.xml' expands to more than 1,048,576 bytes", error.Reason);
    }

    [Fact]
    public void PackageOfMoreThanAThousandEntriesIsRefused()
    {
        var package = Zip([.. Enumerable.Range(0, 1001).Select(i => ($"word/media/billede{i}.png", new byte[] { 1, 2, 3 }))]);

        var error = Assert.Throws<UnreadableDocumentException>(() => ZipLimits.For(new IngestionOptions()).Check(package));

        Assert.Contains("1,001 entries (limit 1,000)", error.Reason);
    }

    [Fact]
    public async Task RealWordMinutesPassTheLimitsOfA1MbFileLimit()
    {
        var reader = new DocxDocumentReader(Options.Create(new IngestionOptions { MaxFileSizeMb = 1 }));

        var document = await reader.ReadAsync(Fixtures.File("formats/docx/referat-2023-09-29.docx"), CancellationToken.None);

        Assert.Contains("Velkommen", document.FullText);
    }

    [Fact]
    public async Task ZipBombInASourceFolderIsOneClearFailureAndTheOtherFilesAreIndexed()
    {
        var folder = Path.Combine(_temp.Path, "kilde");
        Directory.CreateDirectory(folder);
        File.Copy(Fixtures.Sample("000"), Path.Combine(folder, "referat.txt"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "bombe.docx"), ZipBomb.Docx(HundredMegabytes));
        using var index = new MinutesIndex(new IndexOptions { Path = Path.Combine(_temp.Path, "index") }, TempIndex.Analysis);

        var report = await index.SyncAsync(ingestion.Pipeline.Scan([folder]), ingestion.Pipeline.ParseFileAsync, null, CancellationToken.None);

        Assert.Equal(1, report.Added);
        var failure = Assert.Single(report.Failed);
        Assert.Equal("bombe.docx", Path.GetFileName(failure.File));
        Assert.Contains("zip bomb", failure.Reason);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return package.ToArray();
    }
}
