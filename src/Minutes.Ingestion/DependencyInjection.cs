using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion.Cleaning;
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
    /// <summary>Readers for every format and publication feed, cleaning, the parser and the pipeline, configured from the "Ingest" section.</summary>
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
        return services;
    }
}
