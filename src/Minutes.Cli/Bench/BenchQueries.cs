using System.Text.Json;
using Minutes.Search.Querying;

namespace Minutes.Cli.Bench;

/// <summary>
/// The benchmark's query mix: JSONL with a <c>q</c> field per line (the eval format) and optional
/// filters named as in the API (<c>body</c>, <c>municipality</c>, <c>kind</c>, <c>from</c>, <c>to</c>).
/// The default is 50 realistic questions bundled with the CLI: decision questions, names, dates,
/// misspellings, phrases and filtered searches.
/// </summary>
internal static class BenchQueries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SearchRequest> Load(string? path)
    {
        using var stream = path is null
            ? typeof(BenchQueries).Assembly.GetManifestResourceStream("Minutes.Cli.Bench.queries.jsonl")
              ?? throw new InvalidOperationException("The bundled query mix is missing from the CLI assembly")
            : File.OpenRead(path);
        using var reader = new StreamReader(stream);
        var queries = new List<SearchRequest>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var request = JsonSerializer.Deserialize<SearchRequest>(line, Json);
            if (string.IsNullOrWhiteSpace(request?.Q))
            {
                throw new FormatException($"{path ?? "queries.jsonl"} line {number}: no \"q\" field");
            }

            queries.Add(request);
        }

        return queries.Count > 0 ? queries : throw new FormatException($"{path}: no queries");
    }
}
