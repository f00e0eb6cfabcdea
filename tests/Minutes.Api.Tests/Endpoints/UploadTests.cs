using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Minutes.Api.Tests.Endpoints;

[Collection(SourcesApi.Collection)]
public sealed class UploadTests(SourcesApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task UploadedMinutesAreSavedIndexedAndServed()
    {
        var name = "upload-referat-2023-09-29.docx";
        using var form = Form((name, await File.ReadAllBytesAsync(Fixtures.File("formats/referat-2023-09-29.docx"))));

        var response = await SendAsync(form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var document = json.GetProperty("documents")[0];
        Assert.Equal(name, document.GetProperty("file").GetString());
        Assert.Equal("2023-09-29", document.GetProperty("date").GetString());
        var id = document.GetProperty("meetingId").GetString()!;
        Assert.Equal($"/api/meetings/{id}", response.Headers.Location?.OriginalString);
        Assert.True(File.Exists(Path.Combine(api.SourcesFolder, name)));
        var meeting = await _client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}");
        Assert.Equal("docx", meeting.GetProperty("source").GetProperty("format").GetString());
        var file = await _client.GetAsync($"/api/documents/{id}/file");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.Content.Headers.ContentType?.MediaType);

        File.Delete(Path.Combine(api.SourcesFolder, name));
        await Poll.UntilAsync(async () => (await _client.GetAsync($"/api/meetings/{id}")).StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnsupportedTypeGives415NamingTheFile()
    {
        using var form = Form(("budget.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));

        var response = await SendAsync(form);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "budget.xlsx", ".xlsx");
    }

    [Theory]
    [InlineData("bad/krypteret.pdf")]
    [InlineData("bad/tom.pdf")]
    [InlineData("bad/binaer.txt")]
    public async Task BrokenFileGives422NamingTheFileAndReason(string fixture)
    {
        var name = "upload-" + Path.GetFileName(fixture);
        using var form = Form((name, await File.ReadAllBytesAsync(Fixtures.File(fixture))));

        var response = await SendAsync(form);

        var detail = await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, name);
        Assert.True(detail.Length > name.Length + 5, $"no reason in '{detail}'");
    }

    [Fact]
    public async Task OneBrokenFileRefusesTheWholeUpload()
    {
        using var form = Form(
            ("upload-good.txt", await File.ReadAllBytesAsync(Fixtures.Sample("000"))),
            ("upload-afkortet.pdf", await File.ReadAllBytesAsync(Fixtures.File("bad/afkortet.pdf"))));

        var response = await SendAsync(form);

        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "upload-afkortet.pdf");
        Assert.False(File.Exists(Path.Combine(api.SourcesFolder, "upload-good.txt")));
    }

    [Fact]
    public async Task FileOverTheLimitGives413NamingIt()
    {
        var big = new byte[1_500_000];
        Array.Fill(big, (byte)'a');
        using var form = Form(("upload-big.txt", big));

        var response = await SendAsync(form);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "upload-big.txt", "1 MB");
    }

    [Fact]
    public async Task FileOfAnExistingNameGives409()
    {
        var sample = Path.GetFileName(Fixtures.Sample("000"));
        using var form = Form((sample, await File.ReadAllBytesAsync(Fixtures.Sample("000"))));

        var response = await SendAsync(form);

        await AssertRefusedAsync(response, HttpStatusCode.Conflict, sample);
    }

    [Fact]
    public async Task UploadWithoutFilesGives400AndNotMultipartGives415()
    {
        using var empty = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        var noFiles = await SendAsync(empty);
        var json = await SendAsync(JsonContent.Create(new { file = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, noFiles.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task UploadWithoutTheRightKeyGives401AndSavesNothing(string? key)
    {
        using var form = Form(("upload-unauthorised.txt", await File.ReadAllBytesAsync(Fixtures.Sample("000"))));

        var response = await SendAsync(form, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(api.SourcesFolder, "upload-unauthorised.txt")));
    }

    private async Task<string> AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, params string[] mentions)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, detail);
        }

        Assert.DoesNotContain(Directory.EnumerateFiles(api.SourcesFolder), f => Path.GetFileName(f).StartsWith("upload-", StringComparison.Ordinal));
        return detail;
    }

    private Task<HttpResponseMessage> SendAsync(HttpContent content, string? key = ApiFactory.Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return _client.SendAsync(request);
    }

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return form;
    }
}
