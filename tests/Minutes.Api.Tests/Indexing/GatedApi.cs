using Microsoft.Extensions.DependencyInjection;
using Minutes.Core;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Text;

namespace Minutes.Api.Tests.Indexing;

/// <summary>
/// The samples API whose text reader waits for <see cref="Release"/> before reading its first file, so a
/// test can see the first sync in progress without racing it. The reading itself is the real reader's.
/// </summary>
public sealed class GatedApi : ApiFactory
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    /// <summary>Starts nothing: the test drives the start and watches /health.</summary>
    public override Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.SamplesFolder))
        {
            File.Copy(file, Path.Combine(SourcesFolder, Path.GetFileName(file)));
        }

        return Task.CompletedTask;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        var text = services.Single(s => s.ServiceType == typeof(IDocumentReader) && s.ImplementationType == typeof(TextDocumentReader));
        services.Remove(text);
        services.AddSingleton<IDocumentReader>(new GatedReader(new TextDocumentReader(), _gate.Task));
    }

    private sealed class GatedReader(IDocumentReader inner, Task gate) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions => inner.Extensions;

        public async Task<DocumentText> ReadAsync(string path, CancellationToken cancellationToken)
        {
            await gate.WaitAsync(cancellationToken);
            return await inner.ReadAsync(path, cancellationToken);
        }
    }
}
