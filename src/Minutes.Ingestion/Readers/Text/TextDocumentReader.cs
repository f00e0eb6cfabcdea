using System.Globalization;
using System.Text;
using Minutes.Core;

namespace Minutes.Ingestion.Readers.Text;

/// <summary>
/// Reads plain-text minutes (".txt"): UTF-8 with or without a byte order mark, UTF-16 with a byte order
/// mark, and otherwise Windows-1252, the "ANSI" encoding Danish Windows machines save in. Line endings
/// become "\n". Text has no pages except where a form feed ("\f", as pdftotext writes between pages)
/// separates them, so most files give one page.
/// </summary>
/// <remarks>
/// The file is rejected before any parsing when it cannot be minutes: empty, larger than
/// <see cref="MaxFileBytes"/>, binary (NUL or many control characters), or holding a line longer than
/// <see cref="MaxLineLength"/> (a runaway export that would otherwise stall the parser).
/// </remarks>
public sealed class TextDocumentReader : IDocumentReader
{
    /// <summary>20 MB: the longest real minutes are a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The rule for every reader's text (<see cref="TextLimits"/>), checked here before the text is split into pages.</summary>
    public const int MaxLineLength = TextLimits.MaxLineLength;

    /// <summary>
    /// Above this share of control characters (other than tab, line feed, carriage return, form feed
    /// and vertical tab) the file is taken for binary: 0.5 %, i.e. one in two hundred characters.
    /// </summary>
    private const double MaxControlShare = 0.005;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public async Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"the file is {length:N0} bytes: too large for minutes text (limit {MaxFileBytes:N0})"));
        }

        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var pages = Decode(content)
            .Split('\f')
            .Select((text, index) => new PageText(index + 1, text))
            .ToList();
        var source = SourceDocuments.Create(path, content, "txt", pages.Count);
        return new DocumentText(source, pages);
    }

    /// <summary>
    /// Decodes and validates <paramref name="content"/>; throws <see cref="UnreadableDocumentException"/>
    /// when it is not minutes text. Internal so tests can feed bytes without a file.
    /// </summary>
    internal static string Decode(byte[] content)
    {
        if (content.Length == 0)
        {
            throw new UnreadableDocumentException("the file is empty");
        }

        var text = DecodeBytes(content);
        RejectBinary(text);
        TextLimits.CheckLines(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static string DecodeBytes(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return DecodeUtf8OrCp1252(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return DecodeUtf8OrCp1252(bytes);
    }

    private static string DecodeUtf8OrCp1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8, so it was saved as "ANSI": on Danish Windows that is Windows-1252.
            var cp1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
                ?? throw new InvalidOperationException("Windows-1252 is missing from the code pages provider");
            return LostBullets.Restore(cp1252.GetString(bytes));
        }
    }

    private static void RejectBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw new UnreadableDocumentException("not a text file: it contains binary control characters");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        if (controls > text.Length * MaxControlShare)
        {
            throw new UnreadableDocumentException("not a text file: it contains binary control characters");
        }
    }
}
