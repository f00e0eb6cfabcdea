using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.Html;

/// <summary>
/// Reads minutes saved as web pages (".html", ".htm") with AngleSharp. The character set comes from the
/// document itself: a byte order mark, else <c>&lt;meta charset&gt;</c> or the <c>http-equiv</c> Content-Type,
/// else UTF-8; so a Windows-1252 page that says so reads correctly. HTML has no pages: the result is one page.
/// </summary>
/// <remarks>
/// The text keeps the layout a line-based parser needs; see <see cref="HtmlTextRenderer"/> for the rules. In
/// short, a table row "1. Velkommen mv." | "Lisbet bød velkommen ..." becomes the line
/// "1. Velkommen mv.\tLisbet bød velkommen ..." with the cell's list items on the lines after it.
/// </remarks>
public sealed class HtmlDocumentReader : IDocumentReader
{
    /// <summary>20 MB: a saved page of minutes is rarely over one.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    static HtmlDocumentReader()
    {
        // AngleSharp resolves a page's declared charset (windows-1252, iso-8859-1) through Encoding.GetEncoding,
        // which on .NET only knows code pages once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public async Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"the file is {length:N0} bytes: too large for a web page of minutes (limit {MaxFileBytes:N0})"));
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        if (content.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0))
        {
            throw new UnreadableDocumentException("not an HTML file: it contains binary data");
        }

        using var stream = new MemoryStream(content, writable: false);
        using var document = await new HtmlParser().ParseDocumentAsync(stream, cancellationToken);
        var root = (AngleSharp.Dom.INode?)document.Body ?? document;
        var text = string.Join('\n', HtmlTextRenderer.Render(root));
        if (text.Length == 0)
        {
            throw new UnreadableDocumentException("the HTML page contains no text");
        }

        var source = SourceDocuments.Create(path, content, "html", pages: 1);
        return new DocumentText(source, [new PageText(1, text)]);
    }
}
