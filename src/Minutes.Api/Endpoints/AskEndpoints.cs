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
            .Accepts<AskBody>("application/json")
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

    internal static async Task<Results<Ok<AnswerResponse>, ValidationProblem, ProblemHttpResult>> AskByBodyAsync(
        HttpRequest request,
        AnswerGenerator answers,
        IOptions<ApiOptions> options,
        CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Not JSON",
                detail: "Send the question as JSON (Content-Type: application/json), e.g. {\"question\": \"Hvad blev besluttet om Døgndiamanten?\"}.");
        }

        var errors = new ParameterErrors();
        var body = await AskBody.ReadAsync(request, errors, cancellationToken);
        if (errors.Any)
        {
            return errors.Problem();
        }

        var question = errors.Query("question", body.Question, options.Value.MaxQueryLength);
        var answer = await AnswerAsync(errors, question, body.Summarize ?? false, body.Limit ?? 5, body.Body, body.From, body.To, answers, cancellationToken);
        return answer.Result is Ok<AnswerResponse> ok ? ok : (ValidationProblem)answer.Result;
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
