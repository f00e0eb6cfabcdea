using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Minutes.Search.Indexing;

/// <summary>Reads file records and passages back out of the index: the lookups behind lists and meeting pages.</summary>
internal static class IndexCatalog
{
    public static Dictionary<string, Document> FileRecords(IndexSearcher searcher)
    {
        var records = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var doc in All(searcher, new TermQuery(new Term(IndexFields.DocType, IndexFields.FileType))))
        {
            records[doc.Get(IndexFields.FileId)] = doc;
        }

        return records;
    }

    public static IndexStats Stats(IndexSearcher searcher)
    {
        var files = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.FileType)), 1).TotalHits;
        var passages = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType)), 1).TotalHits;
        var meetings = searcher.Search(new TermQuery(new Term(IndexFields.Kind, PassageKinds.Meeting)), 1).TotalHits;
        return new IndexStats(files, meetings, passages, null);
    }

    public static IReadOnlyList<MeetingSummary> Meetings(IndexSearcher searcher) =>
        FileRecords(searcher).Values
            .Select(Summary)
            .OrderByDescending(m => m.Date ?? DateOnly.MinValue)
            .ThenBy(m => m.File, StringComparer.Ordinal)
            .ToList();

    public static IndexedMeeting? Meeting(IndexSearcher searcher, string meetingId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.MeetingId, meetingId)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocType, IndexFields.FileType)), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        if (top.TotalHits == 0)
        {
            return null;
        }

        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        var json = doc.GetBinaryValue(IndexFields.MeetingJson) is { } stored
            ? StoredMeetingJson.Decompress(stored.Bytes, stored.Offset, stored.Length)
            : "{}";
        return new IndexedMeeting(Summary(doc), json, doc.Get(IndexFields.FileId));
    }

    public static string? MeetingOfItem(IndexSearcher searcher, string itemId)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.ItemId, itemId)), 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexFields.MeetingId);
    }

    public static IReadOnlyList<StoredPassage> Passages(IndexSearcher searcher, string meetingId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.MeetingId, meetingId)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType)), Occur.MUST },
        };

        // Documents of one file are added as one block, so doc id order is reading order.
        return AllWithIds(searcher, query).OrderBy(p => p.Doc).Select(p => ToPassage(p.Document)).ToList();
    }

    private static MeetingSummary Summary(Document d) => new(
        d.Get(IndexFields.MeetingId),
        d.Get(IndexFields.MeetingTitle),
        d.Get(IndexFields.Body),
        ParseDate(d.Get(IndexFields.Date)),
        d.GetField(IndexFields.ItemCount)?.GetInt32Value() ?? 0,
        d.Get(IndexFields.File));

    public static StoredPassage ToPassage(Document doc)
    {
        var itemId = doc.Get(IndexFields.ItemId);
        return new StoredPassage(
            doc.Get(IndexFields.PassageId),
            doc.Get(IndexFields.Kind),
            doc.Get(IndexFields.Text),
            new PassageMeeting(
                doc.Get(IndexFields.MeetingId),
                doc.Get(IndexFields.MeetingTitle),
                doc.Get(IndexFields.Body),
                ParseDate(doc.Get(IndexFields.Date))),
            itemId is null ? null : new PassageItem(itemId, doc.Get(IndexFields.ItemNumber), doc.Get(IndexFields.ItemTitle)),
            new PassageSource(doc.Get(IndexFields.File), doc.GetField(IndexFields.Page)?.GetInt32Value() ?? 1));
    }

    /// <summary>Reads one stored document per segment so a damaged segment fails on open, not on the first search.</summary>
    public static void Touch(DirectoryReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            if (atomic.MaxDoc > 0)
            {
                atomic.Document(atomic.MaxDoc - 1);
                _ = atomic.Fields?.ToList();
            }
        }
    }

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static IEnumerable<Document> All(IndexSearcher searcher, Query query) =>
        AllWithIds(searcher, query).Select(p => p.Document);

    private static IEnumerable<(int Doc, Document Document)> AllWithIds(IndexSearcher searcher, Query query)
    {
        // Sized to the matches: a queue as large as the index (a quarter million documents at 10,000
        // meetings) was filled with placeholders on every sync and meeting list.
        var top = searcher.Search(query, Math.Max(1, searcher.Search(query, 1).TotalHits));
        return top.ScoreDocs.Select(sd => (sd.Doc, searcher.Doc(sd.Doc))).ToList();
    }
}
