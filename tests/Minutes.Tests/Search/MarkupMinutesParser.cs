using System.Globalization;
using System.Security.Cryptography;
using Minutes.Core;

namespace Minutes.Tests.Search;

/// <summary>
/// A small hand-written stand-in for the ingestion parser, so Search tests need not reference it:
/// reads a line markup ("title:", "body:", "date:", "participants:", "## number | title",
/// "beslutning: ...", other lines are item text). A file starting with "THROW" makes it throw,
/// one starting with "FAIL" makes it return a failed <see cref="ParsedFile"/>. Counts its calls.
/// </summary>
internal sealed class MarkupMinutesParser
{
    private int _calls;

    public int Calls => _calls;

    public async Task<ParsedFile> ParseAsync(string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (text.StartsWith("THROW", StringComparison.Ordinal))
        {
            throw new InvalidDataException("the test parser was told to throw");
        }

        if (text.StartsWith("FAIL", StringComparison.Ordinal))
        {
            return new ParsedFile(path, hash, null, "the test file is marked as unreadable");
        }

        return new ParsedFile(path, hash, Parse(path, hash, text), null);
    }

    private static Meeting Parse(string path, string hash, string text)
    {
        var id = Path.GetFileNameWithoutExtension(path) + "-" + hash[..8];
        string title = Path.GetFileName(path), body = "";
        DateOnly? date = null;
        var participants = new List<Person>();
        var items = new List<AgendaItem>();
        (string Number, string Title, List<string> Lines, List<Decision> Decisions)? item = null;

        void Flush()
        {
            if (item is { } i)
            {
                items.Add(new AgendaItem
                {
                    Id = $"{id}-{items.Count + 1}",
                    Number = i.Number,
                    Title = i.Title,
                    Text = string.Join("\n", i.Lines).Trim(),
                    Decisions = i.Decisions,
                });
            }
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("title: ", StringComparison.Ordinal)) title = line[7..].Trim();
            else if (line.StartsWith("body: ", StringComparison.Ordinal)) body = line[6..].Trim();
            else if (line.StartsWith("date: ", StringComparison.Ordinal)) date = DateOnly.ParseExact(line[6..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            else if (line.StartsWith("participants: ", StringComparison.Ordinal))
            {
                participants.AddRange(line[14..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p =>
                {
                    var open = p.IndexOf('(');
                    return open < 0 ? new Person(p, null) : new Person(p[..open].Trim(), p[(open + 1)..].TrimEnd(')').Trim());
                }));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[3..].Split('|', 2, StringSplitOptions.TrimEntries);
                item = (parts[0], parts[1], [], []);
            }
            else if (line.StartsWith("beslutning: ", StringComparison.Ordinal) && item is { } current)
            {
                current.Decisions.Add(new Decision(line[12..].Trim()));
                current.Lines.Add(line[12..].Trim());
            }
            else if (item is { } open)
            {
                open.Lines.Add(line);
            }
        }

        Flush();
        return new Meeting
        {
            Id = id,
            Title = title,
            Body = body.Length == 0 ? null : body,
            Date = date,
            Participants = participants,
            Source = new SourceDocument(Path.GetFileName(path), "txt", 1, path, hash),
            Items = items,
        };
    }
}
