using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;
using Minutes.Ingestion.Logging;
using Minutes.Ingestion.Parsing;
using Minutes.Ingestion.Readers;
using Minutes.Ingestion.Readers.Docx;
using Minutes.Ingestion.Readers.FirstAgenda;
using Minutes.Ingestion.Readers.Html;
using Minutes.Ingestion.Readers.Pdf;
using Minutes.Ingestion.Readers.Text;

namespace Minutes.Ingestion;

public static class DependencyInjection
{
    /// <summary>
    /// Readers for every format and publication feed, cleaning, the parser and the pipeline, configured from the "Ingest" section;
    /// and CPR numbers redacted from every log line of the host (call it after the host has added logging).
    /// </summary>
    public static IServiceCollection AddMinutesIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => DanishWordList.Load(ContentRoot.Resolve(sp.GetRequiredService<IOptions<IngestionOptions>>().Value.WordListPath)));
        services.AddSingleton<TextCleaner>();
        services.AddSingleton<MinutesParser>();
        services.AddSingleton<IDocumentReader, TextDocumentReader>();
        services.AddSingleton<IDocumentReader, HtmlDocumentReader>();
        services.AddSingleton<IDocumentReader, DocxDocumentReader>();
        services.AddOptions<PdfReaderOptions>().Bind(configuration.GetSection(PdfReaderOptions.Section))
            .PostConfigure(o => o.CacheFolder = o.CacheFolder is null ? null : ContentRoot.Resolve(o.CacheFolder))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDocumentReader, PdfDocumentReader>();
        services.AddSingleton<IFeedReader, FirstAgendaReader>();
        services.AddSingleton<IngestionPipeline>();
        RedactCprNumbersInLogs(services);
        return services;
    }

    /// <summary>Puts <see cref="CprRedactingLoggerFactory"/> around the host's logger factory, once.</summary>
    private static void RedactCprNumbersInLogs(IServiceCollection services)
    {
        var host = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService);
        if (host is null || services.Any(d => d.ServiceType == typeof(CprRedactingLoggerFactory)))
        {
            return;
        }

        services.Remove(host);
        services.AddSingleton(sp => new CprRedactingLoggerFactory(host switch
        {
            { ImplementationInstance: ILoggerFactory instance } => instance,
            { ImplementationFactory: { } create } => (ILoggerFactory)create(sp),
            _ => (ILoggerFactory)ActivatorUtilities.CreateInstance(sp, host.ImplementationType!),
        }));
        services.AddSingleton<ILoggerFactory>(sp => sp.GetRequiredService<CprRedactingLoggerFactory>());
    }
}
