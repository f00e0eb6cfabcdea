namespace Minutes.Tests.Ingestion.Readers.Pdf;

/// <summary>
/// A shell script standing in for tesseract, to test the reader's timeout, cancellation and failure handling
/// without depending on how fast the real one is. Needs /bin/sh, as CI (Debian) has.
/// </summary>
internal sealed class FakeTesseract : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minutes-fake-tesseract-").FullName;

    private FakeTesseract(string script)
    {
        Path = System.IO.Path.Combine(_folder, "tesseract");
        File.WriteAllText(Path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    /// <summary>Never reads its input and never answers.</summary>
    public static FakeTesseract Hanging() => new("exec sleep 60");

    /// <summary>Reads the image, then fails the way tesseract does on an image it cannot decode.</summary>
    public static FakeTesseract Failing(string message) => new($"cat > /dev/null\necho 'Estimating resolution as 200' >&2\necho '{message}' >&2\nexit 1");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
