using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Minutes.Api.Endpoints;
using Minutes.Core;
using Minutes.Ingestion;
using Minutes.Ingestion.Cleaning;

namespace Minutes.Api.Indexing;

/// <summary>
/// Receives uploaded minutes: every file is checked (size, type, name) and parsed from a temp copy
/// first; only when all of them parse are they moved into <see cref="SourceSync.UploadFolder"/> and
/// indexed, so a refused upload changes nothing. Refusals: 413 too big, 415 not a supported type,
/// 422 unreadable (naming the file and the reason), 409 a file of that name exists (also when another
/// upload of the same name wins the race), 400 no files or a malformed multipart body.
/// </summary>
internal sealed class DocumentUpload(
    IngestionPipeline pipeline,
    SourceSync sync,
    IOptions<ApiOptions> options,
    IOptions<IngestionOptions> ingestion,
    IHostApplicationLifetime lifetime,
    ILogger<DocumentUpload> logger)
{
    public async Task<(UploadResponse? Response, UploadProblem? Problem)> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var maxFile = ingestion.Value.MaxFileSizeMb * 1024L * 1024L;
        var maxRequest = maxFile * options.Value.MaxUploadFiles + 1024 * 1024;
        if (!request.HasFormContentType)
        {
            return Refuse(400, "Not a file upload", "Send the files as multipart/form-data, one form field per file.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxRequest;
        }

        IFormCollection form;
        try
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = maxRequest }));
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: 413 }
            || (ex is InvalidDataException && ex.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse(413, "Upload too large", $"The upload is larger than {options.Value.MaxUploadFiles} files of {ingestion.Value.MaxFileSizeMb} MB.");
        }
        catch (Exception ex) when (ex is (InvalidDataException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            return Refuse(400, "Malformed upload", MultipartProblem.Describe(request.ContentType, ex));
        }

        var files = form.Files;
        if (files.Count == 0)
        {
            return Refuse(400, "No files", "The form holds no files: add one or more minutes as file fields.");
        }

        if (files.Count > options.Value.MaxUploadFiles)
        {
            return Refuse(413, "Too many files", $"{files.Count} files in one upload; at most {options.Value.MaxUploadFiles} are allowed.");
        }

        var staging = Path.Combine(Path.GetTempPath(), "minutes-uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            var checkedFiles = new List<(string Name, string Staged, ParsedFile Parsed)>();
            foreach (var file in files)
            {
                var (staged, parsed, problem) = await CheckAsync(file, staging, maxFile, cancellationToken);
                if (problem is not null)
                {
                    logger.LogInformation("Refused upload of {File}: {Reason}", file.FileName, problem.Detail);
                    return (null, problem);
                }

                checkedFiles.Add((Path.GetFileName(staged!), staged!, parsed!));
            }

            if (checkedFiles.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                return Refuse(400, "The same file twice", $"{twice.Key}: the upload holds two files of this name.");
            }

            Directory.CreateDirectory(sync.UploadFolder);
            var published = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
            foreach (var (name, staged, parsed) in checkedFiles)
            {
                var destination = Path.GetFullPath(Path.Combine(sync.UploadFolder, name));
                if (!Publish(staged, destination))
                {
                    // Another upload of this name got there first, after the check: take back what this one saved.
                    foreach (var saved in published.Keys)
                    {
                        File.Delete(saved);
                    }

                    return Refuse(409, "File exists", Exists(name));
                }

                // Same name and bytes, so the same meeting id; only where the file lies changes.
                var meeting = parsed.Meeting!;
                published[destination] = parsed with { Path = destination, Meeting = meeting with { Source = meeting.Source with { Path = destination } } };
            }

            // Indexed before answering, so the caller can search for it at once; not cut short if the caller leaves.
            await sync.RunAsync(lifetime.ApplicationStopping, published);
            logger.LogInformation("Uploaded {FileCount} files into {Folder}", checkedFiles.Count, sync.UploadFolder);
            return (new UploadResponse(checkedFiles.Select(f => (f.Name, Meeting: f.Parsed.Meeting!)).Select(f => new UploadedDocument(
                f.Name, f.Meeting.Id, f.Meeting.Title, f.Meeting.Body, f.Meeting.Date, f.Meeting.Items.Count,
                MeetingEndpoints.MeetingUrl(f.Meeting.Id))).ToList()), null);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<(string? Staged, ParsedFile? Parsed, UploadProblem? Problem)> CheckAsync(
        IFormFile file, string staging, long maxFile, CancellationToken cancellationToken)
    {
        // Saved, shown and logged with any CPR number masked, like the text of the minutes.
        var name = CprRedactor.Redact(Path.GetFileName(file.FileName.Replace('\\', '/')));
        if (name.Length == 0 || name.StartsWith('.') || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Length > 200)
        {
            return (null, null, new UploadProblem(422, "Bad file name", $"'{CprRedactor.Redact(file.FileName)}' is not a usable file name."));
        }

        if (file.Length > maxFile)
        {
            return (null, null, new UploadProblem(413, "File too large",
                $"{name}: {file.Length / (1024.0 * 1024.0):0.#} MB is over the {ingestion.Value.MaxFileSizeMb} MB limit."));
        }

        if (!pipeline.IsSupported(name))
        {
            return (null, null, new UploadProblem(415, "Unsupported file type",
                $"{name}: '{Path.GetExtension(name)}' files are not minutes this service reads; supported: {string.Join(", ", pipeline.SupportedExtensions.Order())}."));
        }

        if (File.Exists(Path.Combine(sync.UploadFolder, name)))
        {
            return (null, null, new UploadProblem(409, "File exists", Exists(name)));
        }

        var staged = Path.Combine(staging, name);
        await using (var target = File.Create(staged))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        var parsed = await pipeline.ParseFileAsync(staged, cancellationToken);
        return parsed.Meeting is null
            ? (null, null, new UploadProblem(422, "Unreadable minutes", $"{name}: {parsed.Error}"))
            : (staged, parsed, null);
    }

    /// <summary>
    /// Copies under a name sync ignores, unique to this request, then links it to <paramref name="destination"/>,
    /// which fails when that name exists: of concurrent uploads of one name exactly one wins, the others get
    /// false. The watcher never sees a half-copied file, and no partial copy is left behind on any path.
    /// </summary>
    private static bool Publish(string staged, string destination)
    {
        var partial = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            File.Copy(staged, partial, overwrite: false);
            // On Linux a move without overwrite is link() then unlink(): atomic, and refused if the name exists.
            File.Move(partial, destination, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(destination))
        {
            return false;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string Exists(string name) =>
        $"{name}: a file of this name is already in the upload folder; rename the file to upload it as well.";

    private static (UploadResponse?, UploadProblem?) Refuse(int status, string title, string detail) =>
        (null, new UploadProblem(status, title, detail));
}
