using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Minutes.Tests.Search.Answers;

/// <summary>
/// A real HTTP server on 127.0.0.1 (<see cref="HttpListener"/> on a free port) speaking the OpenAI chat
/// completions protocol: POST …/chat/completions answers with a <c>chat.completion</c> object, or, when
/// the request says <c>"stream": true</c>, with server-sent <c>chat.completion.chunk</c> events ending in
/// <c>data: [DONE]</c>. What it replies is set per test (<see cref="Reply"/>, <see cref="Status"/>,
/// <see cref="Delay"/>, <see cref="Malformed"/>); every request's path, body and Authorization header is kept.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly LoopbackHttpServer _http;

    private FakeChatServer()
    {
        _http = LoopbackHttpServer.Start(HandleAsync);
        Endpoint = new Uri($"http://127.0.0.1:{_http.Port}/v1");
    }

    /// <summary>The base URI to configure as Llm:Endpoint, e.g. http://127.0.0.1:41234/v1.</summary>
    public Uri Endpoint { get; }

    /// <summary>The assistant's reply text.</summary>
    public string Reply { get; set; } = "";

    /// <summary>Non-200 status to answer with (and an OpenAI-style error body).</summary>
    public int? Status { get; set; }

    /// <summary>Wait this long before answering (cut short when the server stops).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Answer 200 with a body that is not a chat completion.</summary>
    public bool Malformed { get; set; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public ReceivedRequest LastRequest => Requests.Last();

    public static Task<FakeChatServer> StartAsync() => Task.FromResult(new FakeChatServer());

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var path = context.Request.Url!.AbsolutePath;
            Requests.Enqueue(new ReceivedRequest(path, body, context.Request.Headers["Authorization"] ?? ""));
            if (context.Request.HttpMethod != "POST" || !path.EndsWith("/chat/completions", StringComparison.Ordinal))
            {
                response.StatusCode = 404;
                return;
            }

            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, _http.Stopping);
            }

            if (Status is { } status)
            {
                response.StatusCode = status;
                if (status == 429)
                {
                    response.Headers["Retry-After"] = "1";
                }

                await WriteJsonAsync(response, new { error = new { message = "fake failure", type = "server_error", code = status } });
                return;
            }

            if (Malformed)
            {
                await WriteAsync(response, "application/json", "{\"id\": \"x\", \"choices\": [ {\"message\": ");
                return;
            }

            var request = JsonNode.Parse(body)!;
            var model = request["model"]?.GetValue<string>() ?? "fake";
            if (request["stream"]?.GetValue<bool>() == true)
            {
                await StreamAsync(response, model);
                return;
            }

            await WriteJsonAsync(response, new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion",
                created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                model,
                choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
            });
        }
        catch (Exception) when (_http.Stopping.IsCancellationRequested)
        {
            // Stopped while waiting or writing: the client has long given up.
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

    /// <summary>The reply in small SSE chunks, as OpenAI streams it.</summary>
    private async Task StreamAsync(HttpListenerResponse response, string model)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        async Task SendAsync(string data)
        {
            var bytes = Encoding.UTF8.GetBytes("data: " + data + "\n\n");
            await response.OutputStream.WriteAsync(bytes);
            await response.OutputStream.FlushAsync();
        }

        string Chunk(object delta, string? finish) => JsonSerializer.Serialize(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion.chunk",
            created,
            model,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });

        await SendAsync(Chunk(new { role = "assistant", content = "" }, null));
        for (var i = 0; i < Reply.Length; i += 7)
        {
            await SendAsync(Chunk(new { content = Reply.Substring(i, Math.Min(7, Reply.Length - i)) }, null));
        }

        await SendAsync(Chunk(new { }, "stop"));
        await SendAsync("[DONE]");
    }

    private static Task WriteJsonAsync(HttpListenerResponse response, object value) =>
        WriteAsync(response, "application/json", JsonSerializer.Serialize(value));

    private static Task WriteAsync(HttpListenerResponse response, string contentType, string text) =>
        LoopbackHttpServer.WriteAsync(response, contentType, text);

    public ValueTask DisposeAsync() => _http.DisposeAsync();

    /// <summary>One request as received.</summary>
    internal sealed record ReceivedRequest(string Path, string Body, string Authorization)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public IReadOnlyList<(string Role, string Content)> Messages =>
            Json["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"]))).ToList();

        /// <summary>Content is a string, or an array of text parts.</summary>
        private static string Content(JsonNode? content) =>
            content is JsonArray parts
                ? string.Concat(parts.Select(p => p?["text"]?.GetValue<string>()))
                : content?.GetValue<string>() ?? "";
    }
}
