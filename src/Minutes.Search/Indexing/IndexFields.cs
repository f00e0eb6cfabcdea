namespace Minutes.Search.Indexing;

/// <summary>
/// Field names of the index, in one place so the writer, the searcher and the lookups agree.
/// The index holds two kinds of documents (<see cref="DocType"/>): passages, which are searched,
/// and one record per source file, which drives incremental sync and the meeting list.
/// </summary>
public static class IndexFields
{
    /// <summary>"passage" or "file".</summary>
    public const string DocType = "doc_type";

    /// <summary>The full path of the source file; every document of a file carries it, so one term replaces or removes them all.</summary>
    public const string FileId = "file_id";

    /// <summary>Only on the file record: lets sync refresh size and time without touching the passages.</summary>
    public const string RecordId = "record_id";

    /// <summary>The file name as cited to users, e.g. "001_fc05f7ce724914ac.txt".</summary>
    public const string File = "file";

    public const string PassageId = "passage_id";
    public const string Page = "page";
    public const string MeetingId = "meeting_id";
    public const string MeetingTitle = "meeting_title";
    public const string ItemId = "item_id";
    public const string ItemNumber = "item_number";
    public const string ItemTitle = "item_title";

    /// <summary>
    /// Sorted doc values: the agenda item a passage belongs to (its item id), or the passage id of a
    /// meeting header, which is a group of its own. Search shows one hit per group.
    /// </summary>
    public const string Group = "group";

    /// <summary>"item", "decision" or "meeting".</summary>
    public const string Kind = "kind";

    /// <summary>Analysed: the item title (or the meeting title for a meeting header passage).</summary>
    public const string Title = "title";

    /// <summary>Analysed and stored: the passage text shown to users and highlighted.</summary>
    public const string Text = "text";

    /// <summary>
    /// Analysed, not stored: an item's decisions, so an item whose decisions match ranks above one that
    /// only mentions the words. Decision passages leave it empty: their text is scored as text, and the
    /// decision-intent preference is what lifts them (measured on the dev set: mrr10 0.806 → 0.822).
    /// </summary>
    public const string Decisions = "decisions";

    /// <summary>Analysed, not stored: the paragraphs a decision passage's statements stand in, matched with a low weight.</summary>
    public const string Context = "context";

    /// <summary>Analysed, not stored: meeting title, body and place, matched with a low weight.</summary>
    public const string MeetingText = "meeting_text";

    /// <summary>The body that met, exact value; filter, facet and preference.</summary>
    public const string Body = "body";

    /// <summary>Stored yyyy-MM-dd.</summary>
    public const string Date = "date";

    /// <summary>Indexed int yyyyMMdd for range filters and date preferences.</summary>
    public const string DateNumber = "date_num";

    public const string Year = "year";

    /// <summary>The participants' municipalities (multi-valued).</summary>
    public const string Municipality = "municipality";

    // File record fields.
    public const string ContentHash = "sha256";
    public const string Size = "size";
    public const string ModifiedTicks = "mtime";
    public const string ItemCount = "item_count";
    public const string PassageCount = "passage_count";
    public const string IndexedAt = "indexed_at";

    /// <summary>Only on the file record, stored Brotli-compressed (<see cref="StoredMeetingJson"/>): the whole meeting as <see cref="Minutes.Core.MeetingJson"/>, served by the API.</summary>
    public const string MeetingJson = "meeting_json";

    public const string PassageType = "passage";
    public const string FileType = "file";
}
