using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Faults;

/// <summary>What the fault tests check an index folder for, read with plain Lucene so the service's own open logic cannot hide damage.</summary>
internal static class IndexConsistency
{
    /// <summary>Null when the folder holds no commit yet; else the files of the last commit, each checked to have all its passages.</summary>
    public static IReadOnlyList<string>? CheckLastCommit(string indexFolder)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(indexFolder));
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.True(status.Clean, $"CheckIndex found problems in {indexFolder}: {status.NumBadSegments} bad segments, missing segments: {status.MissingSegments}");

        using var reader = DirectoryReader.Open(directory);
        return FilesWithAllPassages(new IndexSearcher(reader));
    }

    /// <summary>Every file record's passages are all there and belong to the record's meeting: no half-replaced file.</summary>
    public static IReadOnlyList<string> FilesWithAllPassages(IndexSearcher searcher)
    {
        var records = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.FileType)), Math.Max(1, searcher.IndexReader.MaxDoc));
        var files = new List<string>();
        foreach (var hit in records.ScoreDocs)
        {
            var record = searcher.Doc(hit.Doc);
            var file = record.Get(IndexFields.FileId);
            var meetingId = record.Get(IndexFields.MeetingId);
            var expected = record.GetField(IndexFields.PassageCount)!.GetInt32Value()!.Value;
            var passages = searcher.Search(
                new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.FileId, file)), Occur.MUST },
                    { new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType)), Occur.MUST },
                },
                Math.Max(1, expected * 2 + 1));
            Assert.True(expected == passages.TotalHits, $"{file}: the record counts {expected} passages, the index holds {passages.TotalHits}");
            foreach (var passage in passages.ScoreDocs)
            {
                Assert.Equal(meetingId, searcher.Doc(passage.Doc).Get(IndexFields.MeetingId));
            }

            files.Add(file);
        }

        return files;
    }

    /// <summary>Each file's stored passage texts joined, by file id, from the last commit.</summary>
    public static IReadOnlyDictionary<string, string> PassageTexts(string indexFolder)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(indexFolder));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var records = searcher.Search(new TermQuery(new Term(IndexFields.DocType, IndexFields.FileType)), Math.Max(1, reader.MaxDoc));
        foreach (var hit in records.ScoreDocs)
        {
            var file = searcher.Doc(hit.Doc).Get(IndexFields.FileId);
            var passages = searcher.Search(
                new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.FileId, file)), Occur.MUST },
                    { new TermQuery(new Term(IndexFields.DocType, IndexFields.PassageType)), Occur.MUST },
                },
                Math.Max(1, reader.MaxDoc));
            texts[file] = passages.ScoreDocs.Select(p => searcher.Doc(p.Doc).Get(IndexFields.Text) ?? "").ToList();
        }

        return texts.ToDictionary(t => t.Key, t => string.Join("\n", t.Value), StringComparer.Ordinal);
    }
}
