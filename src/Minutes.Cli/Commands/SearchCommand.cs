using System.CommandLine;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes search "&lt;query&gt;" [--json] [--limit N]</c> for operators: the hits with meeting, date,
/// item, page and snippet (matches highlighted on a terminal) and how the query was read. An empty
/// index is built from the configured sources first.
/// </summary>
internal static class SearchCommand
{
    private const string Highlight = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, a question, \"phrases\", -exclusions, OR" };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON response" };
        var limit = new Option<int>("--limit") { Description = "Number of hits (1-100)", DefaultValueFactory = _ => 10 };
        var index = IndexCommand.IndexOption();
        var command = new Command("search", "Search the index") { query, json, limit, index };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(IndexCommand.Overrides(result.GetValue(index)));
            await EnsureIndexedAsync(host.Services, cancellationToken);
            var response = await host.Services.GetRequiredService<MinutesSearcher>().SearchAsync(
                new SearchRequest
                {
                    Q = result.GetValue(query),
                    Limit = Math.Clamp(result.GetValue(limit), 1, SearchRequest.MaxLimit),
                },
                cancellationToken);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(response, ParseCommand.Json));
                return 0;
            }

            Console.Write(Render(response, color: !Console.IsOutputRedirected));
            return 0;
        });
        return command;
    }

    /// <summary>Builds the index from the configured sources when it holds nothing yet.</summary>
    public static async Task EnsureIndexedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var index = services.GetRequiredService<MinutesIndex>();
        if (index.GetStats().Documents > 0 || index.IsReadOnly)
        {
            // A read-only index (or one another process is writing) is searched as it is.
            return;
        }

        var sources = services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Select(ContentRoot.Resolve).ToList();
        await Console.Error.WriteLineAsync($"Building the index from {string.Join(", ", sources)} ...");
        var (report, _) = await IndexCommand.SyncAsync(services, sources, Console.IsErrorRedirected, cancellationToken);
        await Console.Error.WriteLineAsync($"{report.Added} files indexed, {report.Failed.Count} failed in {report.ElapsedMs} ms");
    }

    internal static string Render(SearchResponse response, bool color)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"Søgte efter: {response.InterpretedAs}   ({response.Total} passager, {response.TookMs} ms)");
        if (response.DidYouMean is not null)
        {
            text.AppendLine($"Mente du: {response.DidYouMean}");
        }

        var rank = 0;
        foreach (var hit in response.Hits)
        {
            rank++;
            var item = hit.Item is null ? "" : $" · punkt {hit.Item.Number ?? "-"} {hit.Item.Title}";
            text.AppendLine();
            text.AppendLine($"{rank,2}. [{hit.Kind}] {hit.Meeting.Body ?? hit.Meeting.Title} · {hit.Meeting.Date?.ToString("yyyy-MM-dd") ?? "?"}{item}");
            text.AppendLine($"    {hit.Source.File}, s. {hit.Source.Page}   score {hit.Score:0.00}");
            var snippet = hit.Snippet.Replace("<mark>", color ? Highlight : "[").Replace("</mark>", color ? Reset : "]");
            text.AppendLine($"    {WebUtility.HtmlDecode(snippet).Replace('\n', ' ')}");
        }

        return text.ToString();
    }
}
