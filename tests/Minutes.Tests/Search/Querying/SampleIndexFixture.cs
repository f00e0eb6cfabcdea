using Minutes.Search.Querying;

namespace Minutes.Tests.Search.Querying;

/// <summary>The two sample meetings plus a file with HTML in its text, indexed once per test class.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    internal const string HtmlFile = "005_html.txt";

    private readonly TempIndex _temp = new();

    public SampleIndexFixture()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        _temp.Write(HtmlFile, """
            title: Referat med kode
            body: Testudvalget
            date: 2023-03-03
            ## 1 | Hjemmesiden
            Et indlæg om Solsikkehuset indeholdt <script>alert("x")</script> & andet, som blev fjernet.
            """);
        _temp.SyncAsync().GetAwaiter().GetResult();
        Searcher = _temp.Searcher;
    }

    internal MinutesSearcher Searcher { get; }

    internal TempIndex Temp => _temp;

    public void Dispose() => _temp.Dispose();
}
