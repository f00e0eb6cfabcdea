using System.CommandLine;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minutes.Search.Answers;

namespace Minutes.Cli.Commands;

/// <summary>
/// <c>minutes ask "&lt;question&gt;" [--summarize] [--json] [--limit N]</c>: a Danish answer with its
/// numbered sources (meeting, date, item, file and page), as the API gives it. Extractive unless
/// --summarize is given and Llm:Endpoint and Llm:Model are configured; a summary that fails prints its
/// warning on stderr and the extractive answer. An empty index is built from the configured sources first.
/// </summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "A question in Danish, e.g. \"hvad blev besluttet om Døgndiamanten\"" };
        var summarize = new Option<bool>("--summarize") { Description = "Let the configured language model (Llm:*) write the answer" };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON response" };
        var limit = new Option<int>("--limit") { Description = $"Number of sources (1-{AskRequest.MaxLimit})", DefaultValueFactory = _ => 5 };
        var index = IndexCommand.IndexOption();
        var command = new Command("ask", "Answer a question from the minutes, with citations") { question, summarize, json, limit, index };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(IndexCommand.Overrides(result.GetValue(index)));
            AnswerGenerator answers;
            try
            {
                answers = host.Services.GetRequiredService<AnswerGenerator>();
            }
            catch (OptionsValidationException invalid)
            {
                await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", invalid.Failures)}");
                return 2;
            }

            await SearchCommand.EnsureIndexedAsync(host.Services, cancellationToken);
            if (result.GetValue(summarize) && !answers.LlmConfigured)
            {
                await Console.Error.WriteLineAsync("No language model configured (set Llm:Endpoint and Llm:Model); answering extractively.");
            }

            var response = await answers.AskAsync(
                new AskRequest
                {
                    Question = result.GetValue(question),
                    Summarize = result.GetValue(summarize),
                    Limit = Math.Clamp(result.GetValue(limit), 1, AskRequest.MaxLimit),
                },
                cancellationToken);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(response, ParseCommand.Json));
                return 0;
            }

            if (response.Warning is not null)
            {
                await Console.Error.WriteLineAsync(response.Warning);
            }

            Console.Write(Render(response));
            return 0;
        });
        return command;
    }

    internal static string Render(AnswerResponse response)
    {
        var text = new StringBuilder();
        text.AppendLine(response.Answer);
        text.AppendLine();
        text.AppendLine(response.Mode == AnswerModes.Llm ? "Kilder (svaret er skrevet af en sprogmodel):" : "Kilder:");
        foreach (var citation in response.Citations)
        {
            var item = citation.Item is null ? "" : $" · punkt {citation.Item.Number ?? "-"} {citation.Item.Title}";
            text.AppendLine($"[{citation.Number}] {citation.Meeting.Body ?? citation.Meeting.Title} · {citation.Meeting.Date?.ToString("yyyy-MM-dd") ?? "?"}{item}");
            text.AppendLine($"    {citation.Source.File}, s. {citation.Source.Page} ({citation.Kind})");
        }

        return text.ToString();
    }
}
