using Lucene.Net.Documents;
using Lucene.Net.Util;
using Minutes.Core;

namespace Minutes.Search.Indexing;

/// <summary>Turns a meeting's passages and its file record into Lucene documents.</summary>
internal static class IndexDocuments
{
    /// <summary>The file record first, then the passages: all share the file id term so they are replaced together.</summary>
    public static IReadOnlyList<Document> ForFile(Meeting meeting, FileFacts file)
    {
        var passages = PassageBuilder.Build(meeting);
        var documents = new List<Document>(passages.Count + 1) { FileRecord(meeting, file, passages.Count) };
        var municipalities = meeting.Participants
            .Select(p => p.Municipality?.Trim())
            .Where(m => !string.IsNullOrEmpty(m))
            .Select(m => m!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        documents.AddRange(passages.Select(p => ForPassage(p, meeting, file, municipalities)));
        return documents;
    }

    public static Document FileRecord(Meeting meeting, FileFacts file, int passageCount)
    {
        var doc = new Document
        {
            new ExactField(IndexFields.DocType, IndexFields.FileType, Field.Store.YES),
            new ExactField(IndexFields.FileId, file.Path, Field.Store.YES),
            new ExactField(IndexFields.RecordId, file.Path, Field.Store.NO),
            new StoredField(IndexFields.File, meeting.Source.File),
            new StoredField(IndexFields.ContentHash, file.ContentHash),
            new StoredField(IndexFields.Size, file.Size),
            new StoredField(IndexFields.ModifiedTicks, file.ModifiedTicks),
            new StoredField(IndexFields.IndexedAt, DateTimeOffset.UtcNow.UtcTicks),
            new ExactField(IndexFields.MeetingId, meeting.Id, Field.Store.YES),
            new StoredField(IndexFields.MeetingTitle, meeting.Title),
            new StoredField(IndexFields.ItemCount, meeting.Items.Count),
            new StoredField(IndexFields.PassageCount, passageCount),
            new StoredField(IndexFields.MeetingJson, StoredMeetingJson.Compress(MeetingJson.Serialize(meeting))),
        };
        AddMeetingFacets(doc, meeting, isPassage: false);
        return doc;
    }

    /// <summary>The same record with new size and time, for a file that was touched but not changed.</summary>
    public static Document Touched(Document record, FileFacts file)
    {
        var doc = new Document
        {
            new ExactField(IndexFields.DocType, IndexFields.FileType, Field.Store.YES),
            new ExactField(IndexFields.FileId, file.Path, Field.Store.YES),
            new ExactField(IndexFields.RecordId, file.Path, Field.Store.NO),
            new StoredField(IndexFields.File, record.Get(IndexFields.File) ?? System.IO.Path.GetFileName(file.Path)),
            new StoredField(IndexFields.ContentHash, file.ContentHash),
            new StoredField(IndexFields.Size, file.Size),
            new StoredField(IndexFields.ModifiedTicks, file.ModifiedTicks),
            new StoredField(IndexFields.IndexedAt, record.GetField(IndexFields.IndexedAt)?.GetInt64Value() ?? DateTimeOffset.UtcNow.UtcTicks),
            new ExactField(IndexFields.MeetingId, record.Get(IndexFields.MeetingId) ?? "", Field.Store.YES),
            new StoredField(IndexFields.MeetingTitle, record.Get(IndexFields.MeetingTitle) ?? ""),
            new StoredField(IndexFields.ItemCount, record.GetField(IndexFields.ItemCount)?.GetInt32Value() ?? 0),
            new StoredField(IndexFields.PassageCount, record.GetField(IndexFields.PassageCount)?.GetInt32Value() ?? 0),
            new StoredField(IndexFields.MeetingJson, record.GetBinaryValue(IndexFields.MeetingJson) is { } json ? json : new BytesRef(StoredMeetingJson.Compress("{}"))),
        };
        foreach (var name in new[] { IndexFields.Body, IndexFields.Date })
        {
            if (record.Get(name) is { } value)
            {
                doc.Add(new ExactField(name, value, Field.Store.YES));
            }
        }

        return doc;
    }

    private static Document ForPassage(Passage passage, Meeting meeting, FileFacts file, IReadOnlyList<string> municipalities)
    {
        var doc = new Document
        {
            new ExactField(IndexFields.DocType, IndexFields.PassageType, Field.Store.NO),
            new ExactField(IndexFields.FileId, file.Path, Field.Store.NO),
            new ExactField(IndexFields.PassageId, passage.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.PassageId, new BytesRef(passage.Id)),
            new StoredField(IndexFields.File, meeting.Source.File),
            new StoredField(IndexFields.Page, passage.Page),
            new ExactField(IndexFields.MeetingId, meeting.Id, Field.Store.YES),
            new StoredField(IndexFields.MeetingTitle, meeting.Title),
            new ExactField(IndexFields.Kind, passage.Kind, Field.Store.YES),
            new TextField(IndexFields.Title, passage.Title, Field.Store.NO),
            new TextField(IndexFields.Text, passage.Text, Field.Store.YES),
            new TextField(IndexFields.MeetingText, MeetingText(meeting), Field.Store.NO),
            new SortedDocValuesField(IndexFields.Group, new BytesRef(passage.Item?.Id ?? passage.Id)),
        };
        if (passage.Context is not null)
        {
            doc.Add(new TextField(IndexFields.Context, passage.Context, Field.Store.NO));
        }

        if (passage.Decisions is not null)
        {
            doc.Add(new TextField(IndexFields.Decisions, passage.Decisions, Field.Store.NO));
        }

        if (passage.Item is { } item)
        {
            doc.Add(new ExactField(IndexFields.ItemId, item.Id, Field.Store.YES));
            doc.Add(new StoredField(IndexFields.ItemTitle, item.Title));
            if (item.Number is not null)
            {
                doc.Add(new StoredField(IndexFields.ItemNumber, item.Number));
            }
        }

        AddMeetingFacets(doc, meeting, isPassage: true);
        foreach (var municipality in municipalities)
        {
            doc.Add(new ExactField(IndexFields.Municipality, municipality, Field.Store.YES));
        }

        return doc;
    }

    /// <summary>
    /// Body and date as exact terms. Facets are counted from these terms' postings
    /// (<see cref="Querying.SegmentFacetValues"/>), so no doc values are written for them.
    /// </summary>
    private static void AddMeetingFacets(Document doc, Meeting meeting, bool isPassage)
    {
        if (!string.IsNullOrWhiteSpace(meeting.Body))
        {
            doc.Add(new ExactField(IndexFields.Body, meeting.Body, Field.Store.YES));
        }

        if (meeting.Date is { } date)
        {
            doc.Add(new ExactField(IndexFields.Date, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES));
            if (isPassage)
            {
                doc.Add(new Int32Field(IndexFields.DateNumber, DateNumber(date), Field.Store.NO));
                doc.Add(new ExactField(IndexFields.Year, date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
            }
        }
    }

    /// <summary>yyyyMMdd as an int: sorts and ranges like the date.</summary>
    public static int DateNumber(DateOnly date) => date.Year * 10_000 + date.Month * 100 + date.Day;

    private static string MeetingText(Meeting meeting) =>
        string.Join("\n", new[] { meeting.Title, meeting.Body, meeting.Place }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
