using System.IO.Compression;
using System.Text;

namespace Minutes.Tests.Ingestion.Readers.Docx;

/// <summary>
/// A valid .docx whose word/document.xml expands to the given size of repeated paragraphs: a few hundred
/// kilobytes on disk. Made in the test, so no big file is kept in git.
/// </summary>
internal static class ZipBomb
{
    public static byte[] Docx(long documentBytes)
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>Referat af mødet i Byrådet den 14. juni 2024. Punkt 1 blev godkendt.</w:t></w:r></w:p>");
            var block = Enumerable.Repeat(paragraph, 1000).SelectMany(p => p).ToArray();
            document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""u8);
            for (long written = 0; written < documentBytes; written += block.Length)
            {
                document.Write(block);
            }

            document.Write("</w:body></w:document>"u8);
        }

        return package.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
