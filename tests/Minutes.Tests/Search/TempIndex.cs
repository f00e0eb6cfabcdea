using Minutes.Core;
using Minutes.Search.Analysis;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Tests.Search;

/// <summary>A temp folder with a minutes folder and an index folder; deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    private static readonly Lazy<DanishAnalysis> SharedAnalysis = new(() => new DanishAnalysis(new AnalysisOptions()));

    public TempIndex()
    {
        Root = Path.Combine(Path.GetTempPath(), "minutes-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(MinutesFolder);
        Index = Open();
    }

    public string Root { get; }

    public string MinutesFolder => Path.Combine(Root, "minutes");

    public string IndexFolder => Path.Combine(Root, "index");

    public static DanishAnalysis Analysis => SharedAnalysis.Value;

    public MarkupMinutesParser Parser { get; } = new();

    public MinutesIndex Index { get; private set; }

    public MinutesSearcher Searcher => new(Index);

    public MinutesIndex Open() => new(new IndexOptions { Path = IndexFolder }, Analysis);

    /// <summary>Closes the index, lets <paramref name="damage"/> touch its folder, and opens it again.</summary>
    public void Reopen(Action<string>? damage = null)
    {
        Index.Dispose();
        damage?.Invoke(IndexFolder);
        Index = Open();
    }

    public Task<SyncReport> SyncAsync() =>
        Index.SyncAsync(SourceFolders.Scan([MinutesFolder], [".txt"]), Parser.ParseAsync, null, CancellationToken.None);

    public void Write(string name, string content) => File.WriteAllText(Path.Combine(MinutesFolder, name), content);

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leaked handle (lucenenet#1284) may hold a file a little longer.
        }
    }
}
