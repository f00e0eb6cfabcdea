using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Minutes.Tests.Search.Embeddings;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking the OpenAI embeddings protocol: <c>POST …/embeddings</c>
/// with <c>{"model", "input": string or [strings], "encoding_format"?: "float" | "base64", "dimensions"?}</c>
/// answers <c>{"object": "list", "data": [{"object": "embedding", "index", "embedding"}], "model", "usage"}</c>,
/// the embedding as floats or as base64 of little-endian float32 (what the OpenAI .NET client asks for).
/// Vectors are deterministic: a hashed bag of words (<see cref="Dimensions"/> buckets, FNV-1a of each
/// lower-cased word), after <see cref="Aliases"/> maps words to another (a stand-in for what a real
/// model knows: "plejeforældre" near "plejefamilier"). Every request and every input is counted.
/// </summary>
internal sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private readonly LoopbackHttpServer _http;

    private FakeEmbeddingServer()
    {
        _http = LoopbackHttpServer.Start(HandleAsync);
        Endpoint = new Uri($"http://127.0.0.1:{_http.Port}/v1");
    }

    /// <summary>The base URI to configure as Embeddings:Endpoint.</summary>
    public Uri Endpoint { get; }

    public int Dimensions { get; set; } = 256;

    /// <summary>Word → the word whose bucket it counts in.</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Non-200 status to answer with (an OpenAI-style error body).</summary>
    public int? Status { get; set; }

    /// <summary>Wait this long before answering (cut short when the server stops).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests to /embeddings, with their inputs.</summary>
    public ConcurrentQueue<IReadOnlyList<string>> Requests { get; } = new();

    public int InputCount => Requests.Sum(r => r.Count);

    public static Task<FakeEmbeddingServer> StartAsync() => Task.FromResult(new FakeEmbeddingServer());

    /// <summary>The fake's vector for a text, as the server would send it (not normalised).</summary>
    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var raw in Minutes.Core.TextKey.Words(text))
        {
            var word = Aliases.GetValueOrDefault(raw, raw);
            var hash = 2166136261u;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }

            vector[hash % (uint)Dimensions] += 1;
        }

        return vector;
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (context.Request.HttpMethod != "POST" || !context.Request.Url!.AbsolutePath.EndsWith("/embeddings", StringComparison.Ordinal))
            {
                response.StatusCode = 404;
                return;
            }

            var request = JsonNode.Parse(body)!;
            var inputs = request["input"] is JsonArray array
                ? array.Select(i => i!.GetValue<string>()).ToList()
                : [request["input"]!.GetValue<string>()];
            Requests.Enqueue(inputs);
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, _http.Stopping);
            }

            if (Status is { } status)
            {
                response.StatusCode = status;
                await WriteAsync(response, new { error = new { message = "fake failure", type = "server_error", code = status } });
                return;
            }

            var base64 = request["encoding_format"]?.GetValue<string>() == "base64";
            var data = inputs.Select((input, i) =>
            {
                var vector = Embed(input);
                object embedding = base64 ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) : vector;
                return new { @object = "embedding", index = i, embedding };
            }).ToList();
            await WriteAsync(response, new
            {
                @object = "list",
                data,
                model = request["model"]?.GetValue<string>() ?? "fake",
                usage = new { prompt_tokens = inputs.Sum(i => i.Length / 4), total_tokens = inputs.Sum(i => i.Length / 4) },
            });
        }
        catch (Exception) when (_http.Stopping.IsCancellationRequested)
        {
            // Stopped while waiting: the client has long given up.
        }
        catch (HttpListenerException)
        {
            // The client hung up (e.g. after its timeout).
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception)
            {
                // Already closed by the client or the listener.
            }
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, object value)
    {
        await LoopbackHttpServer.WriteAsync(response, "application/json", JsonSerializer.Serialize(value));
    }

    public ValueTask DisposeAsync() => _http.DisposeAsync();
}
