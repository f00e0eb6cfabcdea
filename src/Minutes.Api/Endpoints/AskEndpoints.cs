using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Minutes.Search.Answers;

namespace Minutes.Api.Endpoints;

public static class AskEndpoints
{
    public static IEndpointRouteBuilder MapAskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Answers").RequireRateLimiting(RateLimitOptions.AskPolicy);
        api.MapGet("/ask", AskByQueryAsync)
            .WithName("AskGet")
            .WithSummary("Answer a Danish question from the minutes with numbered citations (extractive; summarize=true uses the LLM when configured)");
        api.MapPost("/ask", AskByBodyAsync)
            .WithName("Ask")
            .WithSummary("Answer a Danish question: { question, summarize?, limit?, body?, from?, to? } -> { question, answer, mode, citations, warning? }");
        return app;
    }

    internal static Task<Results<Ok<AnswerResponse>, ValidationProblem>> AskByQueryAsync(
        [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "summarize")] string? summarize,
        [FromQuery(Name = "limit")] string? limit,
        [FromQuery(Name = "body")] string? body,
        [FromQuery(Name = "from")] string? from,
        [FromQuery(Name = "to")] string? to,
        AnswerGenerator answers,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var question = errors.Query("q", q, options.Value.MaxQueryLength);
        var summary = errors.Boolean("summarize", summarize);
        var sources = errors.Int("limit", limit, 1, AskRequest.MaxLimit, 5);
        return AnswerAsync(errors, question, summary, sources, body, from, to, answers, cancellationToken);
    }

    internal static Task<Results<Ok<AnswerResponse>, ValidationProblem>> AskByBodyAsync(
        AskBody request,
        AnswerGenerator answers,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new ParameterErrors();
        var question = errors.Query("question", request.Question, options.Value.MaxQueryLength);
        if (request.Limit is < 1 or > AskRequest.MaxLimit)
        {
            errors.Add("limit", $"{request.Limit} is out of range: use 1 to {AskRequest.MaxLimit}.");
        }

        return AnswerAsync(errors, question, request.Summarize ?? false, request.Limit ?? 5, request.Body, request.From, request.To, answers, cancellationToken);
    }

    private static async Task<Results<Ok<AnswerResponse>, ValidationProblem>> AnswerAsync(
        ParameterErrors errors,
        string question,
        bool summarize,
        int limit,
        string? body,
        string? from,
        string? to,
        AnswerGenerator answers,
        CancellationToken cancellationToken)
    {
        var period = errors.Period(from, to);
        if (errors.Any)
        {
            return errors.Problem();
        }

        return TypedResults.Ok(await answers.AskAsync(new AskRequest
        {
            Question = question,
            Summarize = summarize,
            Limit = limit,
            Body = ParameterErrors.Optional(body),
            From = period.From,
            To = period.To,
        }, cancellationToken));
    }
}
