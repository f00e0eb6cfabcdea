using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SamplesApi.Collection)]
public sealed class AskEndpointsTests(SamplesApi api)
{
    private const string Question = "hvad blev besluttet om Døgndiamanten";
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task GetAskAnswersDoegndiamantenWithNumberedCitationsOfTheJuneMeeting()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/ask?q=" + Uri.EscapeDataString(Question));

        Assert.Equal(Question, json.GetProperty("question").GetString());
        Assert.Equal("extractive", json.GetProperty("mode").GetString());
        var citations = json.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.Equal(Enumerable.Range(1, citations.Count), citations.Select(c => c.GetProperty("number").GetInt32()));
        Assert.Contains(citations, c => c.GetProperty("meeting").GetProperty("date").GetString() == "2024-06-14"
            && c.GetProperty("item").GetProperty("number").GetString() == "6.");
        var answer = json.GetProperty("answer").GetString()!;
        Assert.Contains("[1]", answer);
        Assert.Contains("14. juni 2024", answer);
        Assert.Contains("Næstved", answer);
    }

    [Fact]
    public async Task PostAskTakesQuestionAndLimit()
    {
        var response = await _client.PostAsJsonAsync("/api/ask", new { question = Question, limit = 2 });

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Question, json.GetProperty("question").GetString());
        var citation = json.GetProperty("citations")[0];
        foreach (var name in new[] { "number", "id", "score", "kind", "text", "snippet", "meeting", "item", "source" })
        {
            Assert.True(citation.TryGetProperty(name, out _), $"citation is missing {name}");
        }

        Assert.True(json.TryGetProperty("warning", out _));
    }

    [Fact]
    public async Task SummarizeWithoutAnLlmStillAnswersExtractively()
    {
        var response = await _client.PostAsJsonAsync("/api/ask", new { question = Question, summarize = true });

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("extractive", json.GetProperty("mode").GetString());
        Assert.NotEmpty(json.GetProperty("citations").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/ask", "q")]
    [InlineData("/api/ask?q=", "q")]
    [InlineData("/api/ask?q=skole&limit=21", "limit")]
    [InlineData("/api/ask?q=skole&limit=0", "limit")]
    [InlineData("/api/ask?q=skole&summarize=maybe", "summarize")]
    [InlineData("/api/ask?q=skole&from=2024-02-30", "from")]
    public async Task BadGetAskGives400NamingTheParameter(string url, string parameter)
    {
        var response = await _client.GetAsync(url);

        await AssertProblemNamesAsync(response, parameter);
    }

    [Theory]
    [InlineData("{}", "question")]
    [InlineData("{\"question\":\"   \"}", "question")]
    [InlineData("{\"question\":\"skole\",\"limit\":101}", "limit")]
    [InlineData("{\"question\":\"skole\",\"to\":\"i går\"}", "to")]
    public async Task BadPostAskGives400NamingTheField(string body, string parameter)
    {
        var response = await _client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemNamesAsync(response, parameter);
    }

    [Theory]
    [InlineData("{\"question\":5}", "question", "must be text")]
    [InlineData("{\"question\":[\"skole\"]}", "question", "must be text")]
    [InlineData("{\"question\":\"skole\",\"limit\":\"fem\"}", "limit", "must be a whole number from 1 to 20")]
    [InlineData("{\"question\":\"skole\",\"limit\":2.5}", "limit", "must be a whole number from 1 to 20")]
    [InlineData("{\"question\":\"skole\",\"summarize\":\"ja\"}", "summarize", "must be true or false")]
    [InlineData("{\"question\":\"skole\",\"from\":20240101}", "from", "yyyy-MM-dd")]
    [InlineData("{\"question\":\"skole\",\"body\":{\"navn\":\"Byrådet\"}}", "body", "must be text")]
    [InlineData("[1,2]", "$", "must be an object")]
    public async Task WrongJsonTypeGives400NamingTheFieldAndWhatItMustBe(string body, string field, string mustBe)
    {
        var response = await _client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemNamesAsync(response, field);
        var message = problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Contains(mustBe, message);
        Assert.DoesNotContain("Failed to read parameter", problem.ToString());
    }

    [Fact]
    public async Task QuestionOver500CharactersGives400()
    {
        var response = await _client.PostAsJsonAsync("/api/ask", new { question = new string('ø', 501) });

        await AssertProblemNamesAsync(response, "question");
    }

    [Fact]
    public async Task MalformedJsonGives400ProblemSayingTheBodyCouldNotBeRead()
    {
        var response = await _client.PostAsync("/api/ask", new StringContent("{\"question\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("not valid JSON", text);
        Assert.DoesNotContain("   at ", text);
    }

    internal static async Task<JsonElement> AssertProblemNamesAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors do not name {parameter}: {problem}");
        return problem;
    }
}
