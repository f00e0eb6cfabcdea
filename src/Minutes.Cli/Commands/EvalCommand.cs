using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Core;
using Minutes.Ingestion;
using Minutes.Search.Answers;
using Minutes.Search.Evaluation;
using Minutes.Search.Querying;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes eval &lt;file.jsonl&gt;</c>: indexes the corpus (default: the configured sources, i.e.
/// the five seed minutes) into a fresh temporary index (or <c>--index DIR</c>, kept and synced), runs
/// the questions (all, or one half of the set: <c>--half tune|test</c>, odd or even ids), prints each
/// one's rank of the first relevant hit and then one line of JSON with mrr10, s1, s5, ndcg10 and
/// recall10; <c>--out</c> writes the hits as the shared scorer reads them. The --no-* switches turn one
/// part of the analysis or the ranking off, to show what it buys.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The switches that turn one part off, and the setting each one sets to false.</summary>
    private static readonly (string Switch, string Setting)[] Parts =
    [
        ("--no-stemming", "Analysis:Stemming"),
        ("--no-folding", "Analysis:Folding"),
        ("--no-compounds", "Analysis:Compounds"),
        ("--no-synonyms", "Analysis:Synonyms"),
        ("--no-spelling", "Ranking:Spelling"),
        ("--no-preferences", "Ranking:Preferences"),
        ("--no-field-weights", "Ranking:FieldWeights"),
        ("--no-grouping", "Ranking:Grouping"),
        ("--no-thesaurus", "Ranking:Thesaurus"),
    ];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Questions with gold passages (jsonl)" };
        var corpus = new Option<string[]>("--corpus") { Description = "Folders to index (default: Ingest:Sources)", AllowMultipleArgumentsPerToken = true };
        var half = new Option<string>("--half") { Description = "Only one half of the set: tune (odd ids) or test (even ids); default all" };
        half.AcceptOnlyFromAmong("tune", "test", "all", "odd", "even");
        var output = new Option<string?>("--out") { Description = "Write the hits as jsonl ({\"id\",\"hits\":[{\"file\",\"text\"}]}) for bench/score.py" };
        var indexDir = new Option<string?>("--index") { Description = "Index folder to keep and sync (default: a fresh temporary one)" };
        var stock = new Option<bool>("--stock") { Description = "Baseline: Lucene's stock DanishAnalyzer and plain BM25 over the same passages, every ranking part off" };
        var switches = Parts.Select(p => new Option<bool>(p.Switch)).ToList();
        var showAnswers = new Option<bool>("--answers") { Description = "Print each question's extractive answer and whether it supports the gold phrase" };
        var command = new Command("eval", "Score search on questions with gold passages") { file, corpus, half, output, indexDir, stock, showAnswers };
        foreach (var option in switches)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var questionsFile = result.GetValue(file)!;
            if (!File.Exists(questionsFile))
            {
                await Console.Error.WriteLineAsync($"{questionsFile}: no such file");
                return 2;
            }

            var questions = await EvalRunner.ReadQuestionsAsync(questionsFile, cancellationToken);
            questions = result.GetValue(half) switch
            {
                "tune" or "odd" => EvalRunner.Half(questions, odd: true),
                "test" or "even" => EvalRunner.Half(questions, odd: false),
                _ => questions,
            };

            var kept = result.GetValue(indexDir);
            var temp = kept is null ? Directory.CreateTempSubdirectory("minutes-eval-") : null;
            try
            {
                var isStock = result.GetValue(stock);
                var overrides = new Dictionary<string, string?>
                {
                    ["Index:Path"] = kept is null ? temp!.FullName : Path.GetFullPath(kept),
                    ["Analysis:Stock"] = isStock.ToString(),
                };
                for (var i = 0; i < Parts.Length; i++)
                {
                    var off = result.GetValue(switches[i]) || (isStock && Parts[i].Setting.StartsWith("Ranking:", StringComparison.Ordinal));
                    overrides[Parts[i].Setting] = (!off).ToString();
                }

                using var host = CliHost.Build(overrides);
                var sources = result.GetValue(corpus) is { Length: > 0 } given
                    ? given.Select(Path.GetFullPath).ToList()
                    : host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Select(ContentRoot.Resolve).ToList();
                var (sync, _) = await IndexCommand.SyncAsync(host.Services, sources, quiet: true, cancellationToken);
                foreach (var failure in sync.Failed)
                {
                    await Console.Error.WriteLineAsync($"{failure.File}: {failure.Reason}");
                }

                var report = new EvalRunner(host.Services.GetRequiredService<MinutesSearcher>()).Run(questions);
                foreach (var q in report.Questions)
                {
                    Console.WriteLine($"{q.Id,-5} rank {(q.FirstRelevantRank?.ToString(CultureInfo.InvariantCulture) ?? "-"),-3} {q.Q}");
                }

                var answers = await new AnswerEvalRunner(host.Services.GetRequiredService<AnswerGenerator>())
                    .RunAsync(questions, cancellationToken);
                if (result.GetValue(showAnswers))
                {
                    AnswerEvalPrinter.Print(answers);
                }

                if (result.GetValue(output) is { } outPath)
                {
                    await File.WriteAllLinesAsync(
                        outPath,
                        report.Questions.Select(q => JsonSerializer.Serialize(new { id = q.Id, hits = q.Hits.Select(h => new { file = h.File, text = h.Text }) })),
                        cancellationToken);
                }

                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    questions = report.Questions.Count,
                    mrr10 = Math.Round(report.Mrr10, 4),
                    s1 = Math.Round(report.S1, 4),
                    s5 = Math.Round(report.S5, 4),
                    ndcg10 = Math.Round(report.Ndcg10, 4),
                    recall10 = Math.Round(report.Recall10, 4),
                    answerSupport = Math.Round(answers.Support, 4),
                }));
                return 0;
            }
            finally
            {
                temp?.Delete(recursive: true);
            }
        });
        return command;
    }
}
