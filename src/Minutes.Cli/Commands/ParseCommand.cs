using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minutes.Core;
using Minutes.Ingestion;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes parse &lt;file-or-folder&gt;... [--json]</c>: prints each meeting with its items and
/// decisions, as an outline or as the JSON the API serves. One stderr line per file that failed;
/// exit code 1 when any did.
/// </summary>
internal static class ParseCommand
{
    public static readonly JsonSerializerOptions Json = new(MeetingJson.Options) { WriteIndented = true };

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of minutes", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of meetings" };
        var command = new Command("parse", "Parse minutes into meetings, agenda items and decisions") { paths, json };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build();
            var pipeline = host.Services.GetRequiredService<IngestionPipeline>();
            var meetings = new List<Meeting>();
            var failed = 0;
            foreach (var path in result.GetValue(paths)!)
            {
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    await Console.Error.WriteLineAsync($"{path}: no such file or folder");
                    failed++;
                    continue;
                }

                await foreach (var file in pipeline.ReadAsync(path, cancellationToken))
                {
                    if (file.Meeting is null)
                    {
                        await Console.Error.WriteLineAsync($"{file.Path}: {file.Error}");
                        failed++;
                        continue;
                    }

                    meetings.Add(file.Meeting);
                    if (!result.GetValue(json))
                    {
                        Console.Write(MeetingOutline.Render(file.Meeting));
                    }
                }
            }

            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(meetings, Json));
            }

            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
