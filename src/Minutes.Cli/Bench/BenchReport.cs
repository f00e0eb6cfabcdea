using System.Text.Json.Serialization;

namespace Minutes.Cli.Bench;

/// <summary>
/// The last stdout line of <c>minutes bench run</c>: one JSON object with fixed keys, so runs can be
/// compared over time. Times in seconds or milliseconds as named; sizes in MB (2^20 bytes). Null where a
/// figure was not measured (index figures when an existing index was reused).
/// </summary>
internal sealed record BenchReport
{
    [JsonPropertyName("files")] public int Files { get; init; }
    [JsonPropertyName("bytes")] public long Bytes { get; init; }
    [JsonPropertyName("meetings")] public int Meetings { get; init; }
    [JsonPropertyName("items")] public int Items { get; init; }
    [JsonPropertyName("passages")] public int Passages { get; init; }
    [JsonPropertyName("indexSeconds")] public double? IndexSeconds { get; init; }
    [JsonPropertyName("indexMBps")] public double? IndexMBps { get; init; }
    [JsonPropertyName("peakRssMB")] public double? PeakRssMB { get; init; }
    [JsonPropertyName("indexSizeMB")] public double IndexSizeMB { get; init; }
    [JsonPropertyName("reindexUnchangedSeconds")] public double ReindexUnchangedSeconds { get; init; }
    [JsonPropertyName("queryP50Ms")] public double QueryP50Ms { get; init; }
    [JsonPropertyName("queryP95Ms")] public double QueryP95Ms { get; init; }
    [JsonPropertyName("queryP99Ms")] public double QueryP99Ms { get; init; }
    [JsonPropertyName("query2ThreadsQps")] public double Query2ThreadsQps { get; init; }
    [JsonPropertyName("searchOnlyP50Ms")] public double SearchOnlyP50Ms { get; init; }
    [JsonPropertyName("askP50Ms")] public double? AskP50Ms { get; init; }
    [JsonPropertyName("startToReadySeconds")] public double? StartToReadySeconds { get; init; }
}
