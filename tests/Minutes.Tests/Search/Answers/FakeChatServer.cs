using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Minutes.Tests.Search.Answers;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port) speaking the OpenAI chat completions
/// protocol: POST …/chat/completions answers with a <c>chat.completion</c> object, or, when the request
/// says <c>"stream": true</c>, with server-sent <c>chat.completion.chunk</c> events ending in
/// <c>data: [DONE]</c>. What it replies is set per test (<see cref="Reply"/>, <see cref="Status"/>,
/// <see cref="Delay"/>, <see cref="Malformed"/>); every request's body and Authorization header is kept.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeChatServer(WebApplication app) => _app = app;

    /// <summary>The base URI to configure as Llm:Endpoint, e.g. http://127.0.0.1:41234/v1.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The assistant's reply text.</summary>
    public string Reply { get; set; } = "";

    /// <summary>Non-200 status to answer with (and an OpenAI-style error body).</summary>
    public int? Status { get; set; }

    /// <summary>Wait this long before answering (aborted when the client gives up).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Answer 200 with a body that is not a chat completion.</summary>
    public bool Malformed { get; set; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public ReceivedRequest LastRequest => Requests.Last();

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new ReceivedRequest("/" + path, body, context.Request.Headers.Authorization.ToString()));
        if (!path.EndsWith("chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        if (Status is { } status)
        {
            context.Response.StatusCode = status;
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            await context.Response.WriteAsJsonAsync(new { error = new { message = "fake failure", type = "server_error", code = status } });
            return;
        }

        if (Malformed)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\": \"x\", \"choices\": [ {\"message\": ");
            return;
        }

        var request = JsonNode.Parse(body)!;
        var model = request["model"]?.GetValue<string>() ?? "fake";
        if (request["stream"]?.GetValue<bool>() == true)
        {
            await StreamAsync(context, model);
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        });
    }

    /// <summary>The reply in word-sized SSE chunks, as OpenAI streams it.</summary>
    private async Task StreamAsync(HttpContext context, string model)
    {
        context.Response.ContentType = "text/event-stream";
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        async Task SendAsync(object delta, string? finish)
        {
            var chunk = new
            {
                id = "chatcmpl-fake",
                @object = "chat.completion.chunk",
                created,
                model,
                choices = new[] { new { index = 0, delta, finish_reason = finish } },
            };
            await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(chunk) + "\n\n");
            await context.Response.Body.FlushAsync();
        }

        await SendAsync(new { role = "assistant", content = "" }, null);
        foreach (var piece in Pieces(Reply))
        {
            await SendAsync(new { content = piece }, null);
        }

        await SendAsync(new { }, "stop");
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static IEnumerable<string> Pieces(string text)
    {
        for (var i = 0; i < text.Length; i += 7)
        {
            yield return text.Substring(i, Math.Min(7, text.Length - i));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

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
