using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Minutes.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 (<see cref="HttpListener"/> on a free port) that hands every request to
/// one handler: the part the fakes of services we cannot run here (the LLM, an embedding server) share.
/// </summary>
/// <remarks>
/// HttpListener rather than Kestrel: a framework reference to ASP.NET Core in the test project would
/// leave the <c>minutes</c> CLI that the CLI tests run from the same folder without its assemblies.
/// </remarks>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<HttpListenerContext, Task> _handle;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private LoopbackHttpServer(HttpListener listener, int port, Func<HttpListenerContext, Task> handle)
    {
        _listener = listener;
        _handle = handle;
        Port = port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    /// <summary>Cancelled when the server stops, so a handler's deliberate delay ends with it.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public static LoopbackHttpServer Start(Func<HttpListenerContext, Task> handle)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackHttpServer(listener, port, handle);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between probing and listening: try another
            }
        }
    }

    public static async Task WriteAsync(HttpListenerResponse response, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => _handle(context));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        await _loop;
        _stopping.Dispose();
    }
}
