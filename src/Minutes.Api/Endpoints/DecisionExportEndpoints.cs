using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Minutes.Search.Querying;

namespace Minutes.Api.Endpoints;

public static class DecisionExportEndpoints
{
    public static IEndpointRouteBuilder MapDecisionExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Decisions")
            .MapGet("/decisions/export", Export)
            .WithName("ExportDecisions")
            .WithSummary("The decision history of a topic (same parameters as /api/decisions) as a CSV file for a spreadsheet: one row per decision, newest matter first");
        return app;
    }

    /// <summary>
    /// Semicolon-separated with a UTF-8 byte order mark: what a Danish spreadsheet opens as columns with
    /// æøå intact. Cells starting like a formula are prefixed with an apostrophe so a decision's text can
    /// never run as one.
    /// </summary>
    internal static Results<FileContentHttpResult, ValidationProblem> Export(
        [AsParameters] FilterParameters parameters,
        DecisionHistory history,
        IOptions<ApiOptions> options,
        HttpContext context)
    {
        var errors = new ParameterErrors();
        var q = errors.Query("q", parameters.Q, options.Value.MaxQueryLength);
        var (from, to) = errors.Period(parameters.From, parameters.To);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var result = history.Find(new DecisionHistoryRequest { Q = q, Body = ParameterErrors.Optional(parameters.Body), From = from, To = to });
        var site = $"{context.Request.Scheme}://{context.Request.Host}/";
        var csv = new StringBuilder();
        Row(csv, "Sag", "Dato", "Organ", "Møde", "Punkt", "Beslutning", "Fil", "Side", "Link");
        foreach (var matter in result.Matters)
        {
            foreach (var d in matter.Decisions)
            {
                var item = d.Item is null ? "" : $"{d.Item.Number} {d.Item.Title}".Trim();
                var link = $"{site}#/møde/{Uri.EscapeDataString(d.Meeting.Id)}" + (d.Item is null ? "" : $"?punkt={Uri.EscapeDataString(d.Item.Id)}");
                Row(csv, matter.Title, d.Meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", d.Meeting.Body ?? "",
                    d.Meeting.Title, item, d.Text, d.Source.File, d.Source.Page.ToString(CultureInfo.InvariantCulture), link);
            }
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"beslutninger-{FileNamePart(q)}.csv");
    }

    private static void Row(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(';', cells.Select(Cell)).Append("\r\n");
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>"Døgndiamanten i 2024" → "døgndiamanten-i-2024": letters and digits only, at most 40.</summary>
    private static string FileNamePart(string q)
    {
        var words = System.Text.RegularExpressions.Regex.Split(q.ToLower(CultureInfo.GetCultureInfo("da-DK")), @"[^\p{L}\p{N}]+")
            .Where(w => w.Length > 0);
        var name = string.Join('-', words);
        return name.Length == 0 ? "emne" : name[..Math.Min(40, name.Length)].TrimEnd('-');
    }
}
