using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Search.Analysis;
using Minutes.Search.Answers;
using Minutes.Search.Embeddings;
using Minutes.Search.Indexing;
using Minutes.Search.Querying;

namespace Minutes.Search;

public static class DependencyInjection
{
    /// <summary>The Danish analysis, the index (one per process), the searcher, the suggester and the decision history, configured
    /// from "Index", "Analysis" and "Ranking", its optional passage vectors from "Embeddings", and the answer generator with its optional language model from "Llm" (validated on start).</summary>
    public static IServiceCollection AddMinutesSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.Section))
            .PostConfigure(o => o.Path = ContentRoot.Resolve(o.Path))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.Section))
            .PostConfigure(o => o.WordListPath = ContentRoot.Resolve(o.WordListPath));
        services.AddSingleton(sp => new DanishAnalysis(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value));
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MinutesIndex>();
        services.AddOptions<RankingOptions>().Bind(configuration.GetSection(RankingOptions.Section));
        services.AddSingleton(sp => new MinutesSearcher(
            sp.GetRequiredService<MinutesIndex>(),
            sp.GetRequiredService<ILogger<MinutesSearcher>>(),
            sp.GetRequiredService<IOptions<RankingOptions>>().Value));
        services.AddSingleton<Suggester>();
        services.AddSingleton<DecisionHistory>();
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new AnswerGenerator(
            sp.GetRequiredService<MinutesSearcher>(),
            sp.GetRequiredService<MinutesIndex>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetService<ILoggerFactory>()));
        return services;
    }
}
