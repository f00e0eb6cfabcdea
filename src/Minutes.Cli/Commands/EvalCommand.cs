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
/// the five seed minutes) into a fresh temporary index, runs every question, prints each one's rank
/// of the first relevant hit and then one line of JSON with mrr10, s1, s5, ndcg10 and recall10.
/// The --no-* switches turn one part of the Danish analysis off, to show what it buys.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Questions with gold passages (jsonl)" };
        var corpus = new Option<string[]>("--corpus") { Description = "Folders to index (default: Ingest:Sources)", AllowMultipleArgumentsPerToken = true };
        var noStemming = new Option<bool>("--no-stemming");
        var noFolding = new Option<bool>("--no-folding");
        var noCompounds = new Option<bool>("--no-compounds");
        var noSynonyms = new Option<bool>("--no-synonyms");
        var stock = new Option<bool>("--stock") { Description = "Baseline: Lucene's stock DanishAnalyzer and plain BM25 over the text" };
        var keep = new Option<string?>("--index") { Description = "Keep the index in this folder and update it on the next run (default: a temporary folder, deleted)" };
        var showAnswers = new Option<bool>("--answers") { Description = "Print each question's extractive answer and whether it supports the gold phrase" };
        var command = new Command("eval", "Score search on questions with gold passages")
        {
            file, corpus, noStemming, noFolding, noCompounds, noSynonyms, stock, showAnswers, keep,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var questions = result.GetValue(file)!;
            if (!File.Exists(questions))
            {
                await Console.Error.WriteLineAsync($"{questions}: no such file");
                return 2;
            }

            var kept = result.GetValue(keep);
            var temp = kept is null ? Directory.CreateTempSubdirectory("minutes-eval-") : Directory.CreateDirectory(kept);
            try
            {
                var overrides = new Dictionary<string, string?>
                {
                    ["Index:Path"] = temp.FullName,
                    ["Analysis:Stemming"] = (!result.GetValue(noStemming)).ToString(),
                    ["Analysis:Folding"] = (!result.GetValue(noFolding)).ToString(),
                    ["Analysis:Compounds"] = (!result.GetValue(noCompounds)).ToString(),
                    ["Analysis:Synonyms"] = (!result.GetValue(noSynonyms)).ToString(),
                    ["Analysis:Stock"] = result.GetValue(stock).ToString(),
                };
                using var host = CliHost.Build(overrides);
                var sources = result.GetValue(corpus) is { Length: > 0 } given
                    ? given.Select(Path.GetFullPath).ToList()
                    : host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.Sources.Select(ContentRoot.Resolve).ToList();
                var (sync, _) = await IndexCommand.SyncAsync(host.Services, sources, quiet: true, cancellationToken);
                foreach (var failure in sync.Failed)
                {
                    await Console.Error.WriteLineAsync($"{failure.File}: {failure.Reason}");
                }

                var report = await new EvalRunner(host.Services.GetRequiredService<MinutesSearcher>()).RunAsync(questions, cancellationToken);
                foreach (var q in report.Questions)
                {
                    Console.WriteLine($"{q.Id,-5} rank {(q.FirstRelevantRank?.ToString(CultureInfo.InvariantCulture) ?? "-"),-3} {q.Q}");
                }

                var answers = await new AnswerEvalRunner(host.Services.GetRequiredService<AnswerGenerator>())
                    .RunAsync(await EvalRunner.ReadQuestionsAsync(questions, cancellationToken), cancellationToken);
                if (result.GetValue(showAnswers))
                {
                    AnswerEvalPrinter.Print(answers);
                }

                Console.WriteLine(JsonSerializer.Serialize(new
                {
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
                if (kept is null)
                {
                    temp.Delete(recursive: true);
                }
            }
        });
        return command;
    }
}
