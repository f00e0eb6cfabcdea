using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Minutes.Tests.Ingestion.Readers.Docx;

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

    [Fact]
    public async Task ConcurrentUploadsOfOneNewNameGiveOne201AndThe409sAndLeaveNoPartialFile()
    {
        var bytes = await File.ReadAllBytesAsync(Fixtures.Sample("000"));
        var name = "upload-samtidig.txt";

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(Form((name, bytes)))));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).Order());
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Contains(name, (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        var left = Directory.EnumerateFiles(api.SourcesFolder).Select(Path.GetFileName).Where(f => f!.Contains("samtidig", StringComparison.Ordinal)).ToList();
        File.Delete(Path.Combine(api.SourcesFolder, name));
        Assert.Equal([name], left);
    }

    [Theory]
    [InlineData("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload-a.txt\"\r\n\r\nPunkt 1. Godkendt", "closing boundary '--XyZ--'")]
    [InlineData("ikke en multipart-krop", "closing boundary '--XyZ--'")]
    public async Task MultipartBodyWithoutItsClosingBoundaryGives400NamingIt(string body, string mention)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XyZ");

        var response = await SendAsync(content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, mention);
    }

    [Fact]
    public async Task MultipartWithoutABoundaryGives400SayingSo()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--XyZ\r\n\r\nx\r\n--XyZ--\r\n"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        var response = await SendAsync(content);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "no boundary");
    }

    [Fact]
    public async Task DocxZipBombGives422NamingTheFileAndThePart()
    {
        var bomb = ZipBomb.Docx(100L * 1024 * 1024);
        using var form = Form(("upload-bombe.docx", bomb));

        var response = await SendAsync(form);

        Assert.True(bomb.Length < 1024 * 1024, "the bomb is under the 1 MB upload limit, so the zip limits refuse it");
        await AssertRefusedAsync(response, HttpStatusCode.UnprocessableEntity, "upload-bombe.docx", "word/document.xml", "zip bomb");
    }

    [Fact]
    public async Task FileNameWithACprNumberIsSavedShownAndLoggedMasked()
    {
        using var form = Form(("upload-borger-020290-5678.txt", await File.ReadAllBytesAsync(Fixtures.Sample("000"))));

        var response = await SendAsync(form);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var saved = Path.Combine(api.SourcesFolder, "upload-borger-[CPR].txt");
        Assert.True(File.Exists(saved), "saved under the masked name");
        File.Delete(saved);
        Assert.Contains("upload-borger-[CPR].txt", json);
        Assert.DoesNotContain("020290", json);
        Assert.DoesNotContain(api.Logs.Lines, l => l.Contains("020290", StringComparison.Ordinal));
        Assert.Contains(api.Logs.Lines, l => l.Contains("upload-borger-[CPR].txt", StringComparison.Ordinal));
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
