using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Ingestion;
using Minutes.Ingestion.Evaluation;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes eval-structure &lt;folder&gt; &lt;expected.json&gt;</c>: parses every file of the folder that
/// the expectations name and prints, per file, the date, the items found against those expected
/// (recall, precision, titles matched, decisions found) with what was missed, then one JSON line of totals.
/// </summary>
internal static class EvalStructureCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder (or file) of minutes" };
        var expected = new Argument<string>("expected") { Description = "Expected structure per file name (json)" };
        var command = new Command("eval-structure", "Score parsed dates, agenda items, titles and decisions against expectations written by hand")
        {
            folder, expected,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(expected)!;
            var source = result.GetValue(folder)!;
            if (!File.Exists(path) || (!File.Exists(source) && !Directory.Exists(source)))
            {
                await Console.Error.WriteLineAsync($"{(File.Exists(path) ? source : path)}: no such file or folder");
                return 2;
            }

            IReadOnlyDictionary<string, StructureExpectation> expectations;
            try
            {
                expectations = StructureExpectation.Load(path);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                await Console.Error.WriteLineAsync($"{path}: {e.Message}");
                return 2;
            }

            using var host = CliHost.Build();
            var evaluator = new StructureEvaluator(host.Services.GetRequiredService<IngestionPipeline>());
            var scores = await evaluator.EvaluateAsync(source, expectations, cancellationToken);
            foreach (var s in scores)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.File}: date {(s.DateRight ? "ok" : $"WRONG {s.FoundDate?.ToString("yyyy-MM-dd") ?? "none"} (expected {s.ExpectedDate:yyyy-MM-dd})")}, items {s.ItemsMatched}/{s.ItemsExpected} found of {s.ItemsFound} (recall {s.Recall:0.00}, precision {s.Precision:0.00}), titles {s.TitlesMatched}/{s.TitlesExpected}, decisions {s.DecisionItemsFound}/{s.DecisionItemsExpected}{(s.DecisionItemsUnexpected > 0 ? $" (+{s.DecisionItemsUnexpected} where none belong)" : "")}"));
                if (s.Error is not null)
                {
                    Console.WriteLine($"  not read: {s.Error}");
                }

                if (s.MissingItems.Count > 0)
                {
                    Console.WriteLine($"  missing items: {string.Join(", ", s.MissingItems)}");
                }

                if (s.ExtraItems.Count > 0)
                {
                    Console.WriteLine($"  extra items: {string.Join(", ", s.ExtraItems)}");
                }

                foreach (var miss in s.TitleMisses)
                {
                    Console.WriteLine($"  title {(miss.Length > 160 ? miss[..160] + " …" : miss)}");
                }
            }

            var skipped = expectations.Count - scores.Count;
            if (skipped > 0)
            {
                await Console.Error.WriteLineAsync($"{skipped} expected files are not in {source}");
            }

            Console.WriteLine(JsonSerializer.Serialize(StructureTotals.Of(scores)));
            return scores.Count == 0 ? 1 : 0;
        });
        return command;
    }
}
