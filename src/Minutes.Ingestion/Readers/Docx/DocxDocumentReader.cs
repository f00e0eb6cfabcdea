using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.Docx;

/// <summary>
/// Reads Word minutes (".docx") with DocumentFormat.OpenXml: the body's paragraphs and table rows in document
/// order, list numbers and bullets restored, split into pages where the document records page breaks (one page
/// when it records none). See <see cref="DocxTextRenderer"/> for the layout of the text.
/// </summary>
/// <remarks>
/// A table row "1. Velkommen mv." | "Lisbet bød velkommen ..." becomes the line
/// "1. Velkommen mv.\tLisbet bød velkommen ..." with the text cell's other paragraphs on the lines after it.
/// A .docx is a zip package: before DocumentFormat.OpenXml opens it, <see cref="ZipLimits"/> checks how far it
/// expands (limits from <see cref="IngestionOptions.MaxFileSizeMb"/>), so a zip bomb is refused in well under a second.
/// </remarks>
public sealed class DocxDocumentReader(IOptions<IngestionOptions>? options = null, ILogger<DocxDocumentReader>? logger = null) : IDocumentReader
{
    private readonly ZipLimits _zipLimits = ZipLimits.For(options?.Value ?? new IngestionOptions());
    private readonly ILogger _logger = logger ?? NullLogger<DocxDocumentReader>.Instance;

    /// <summary>50 MB: embedded images make Word files larger than their text needs.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The OLE compound-file signature: an encrypted .docx, or an old binary .doc renamed.</summary>
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public async Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"the file is {length:N0} bytes: too large for a Word document of minutes (limit {MaxFileBytes:N0})"));
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        if (content.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw new UnreadableDocumentException(
                "the Word document is password-protected or in the old .doc format; save it unprotected as .docx");
        }

        var pages = Render(content, path);
        if (pages.All(string.IsNullOrEmpty))
        {
            throw new UnreadableDocumentException("the Word document contains no text");
        }

        var source = SourceDocuments.Create(path, content, "docx", pages.Count);
        return new DocumentText(source, pages.Select((text, index) => new PageText(index + 1, text)).ToList());
    }

    private IReadOnlyList<string> Render(byte[] content, string path)
    {
        try
        {
            _zipLimits.Check(content);
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var part = document.MainDocumentPart;
            var body = part?.Document?.Body
                ?? throw new UnreadableDocumentException("the Word document has no body text");
            return DocxTextRenderer.Render(body, new DocxNumbering(part));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            return Salvage(content, path)
                ?? throw new UnreadableDocumentException("not a valid .docx file: the Word package is damaged or is another format", e);
        }
    }

    /// <summary>
    /// A package cut off before its end still holds a complete <c>word/document.xml</c> when only later parts (fonts,
    /// images) were lost: the text is read from it, and what is damaged is logged, so the minutes stay searchable.
    /// </summary>
    private IReadOnlyList<string>? Salvage(byte[] content, string path)
    {
        var salvaged = DocxSalvage.Read(content, _zipLimits);
        if (!salvaged.Parts.TryGetValue("word/document.xml", out var xml))
        {
            return null;
        }

        try
        {
            var body = new Document(WithoutDeclaration(xml)).Body;
            if (body is null)
            {
                return null;
            }

            var numbering = salvaged.Parts.TryGetValue("word/numbering.xml", out var n) ? new Numbering(WithoutDeclaration(n)) : null;
            var styles = salvaged.Parts.TryGetValue("word/styles.xml", out var st) ? new Styles(WithoutDeclaration(st)) : null;
            var missing = new[] { "word/styles.xml", "word/numbering.xml" }.Where(p => !salvaged.Parts.ContainsKey(p));
            _logger.LogWarning("{File} is a damaged Word package (no ZIP directory); its text was read from word/document.xml. Damaged: {Damaged}; missing: {Missing}",
                Path.GetFileName(path), salvaged.Damaged.Count > 0 ? string.Join(", ", salvaged.Damaged) : "none", string.Join(", ", missing));
            return DocxTextRenderer.Render(body, new DocxNumbering(numbering, styles));
        }
        catch (Exception e) when (e is System.Xml.XmlException or ArgumentException)
        {
            return null;
        }
    }

    private static string WithoutDeclaration(string xml)
    {
        var text = xml.TrimStart('\uFEFF', ' ', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..].TrimStart() : text;
    }
}
