using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Minutes.Ingestion.Readers.Pdf;

/// <summary>
/// Runs <c>tesseract stdin stdout -l dan</c> on one page image (PNG or JPEG bytes) and returns its text.
/// The image goes in on stdin and the text comes back on stdout, so no temporary files are needed.
/// </summary>
/// <remarks>
/// OMP_THREAD_LIMIT=1 is always set: tesseract's OpenMP threads fight each other (and the other work on a
/// small machine), and a single thread is several times faster per page.
/// </remarks>
internal sealed class TesseractOcr(string tesseractPath, string language, TimeSpan timeout)
{
    public const string NotFoundReason =
        "scanned PDF needs OCR, but tesseract was not found: install the Debian packages tesseract-ocr and tesseract-ocr-dan";

    /// <param name="image">An encoded image tesseract (Leptonica) can read: PNG, JPEG, TIFF, JPEG 2000.</param>
    /// <param name="dpi">The scan resolution when the PDF tells it; spares tesseract from guessing.</param>
    /// <param name="page">Only for messages.</param>
    public async Task<string> RecognizeAsync(ReadOnlyMemory<byte> image, int? dpi, int page, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = CreateStartInfo(dpi) };
        try
        {
            process.Start();
        }
        catch (Win32Exception e) when (e.NativeErrorCode == 2)
        {
            throw new UnreadableDocumentException(NotFoundReason, e);
        }
        catch (Win32Exception e)
        {
            throw new UnreadableDocumentException(
                $"scanned PDF needs OCR, but tesseract at \"{tesseractPath}\" could not be started: {e.Message}", e);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var token = timeoutSource.Token;

        // Killing unblocks a write to a tesseract that has stopped reading; pipe writes do not all observe the token.
        using var killOnCancel = token.Register(() => Kill(process));
        try
        {
            // Read both pipes while writing stdin: a full stdout pipe would otherwise block tesseract and us.
            var output = process.StandardOutput.ReadToEndAsync(token);
            var errors = process.StandardError.ReadToEndAsync(token);
            await WriteImageAsync(process, image, token);
            await process.WaitForExitAsync(token);
            var text = await output;
            var errorText = await errors;
            if (process.ExitCode != 0)
            {
                throw new UnreadableDocumentException(DescribeFailure(page, process.ExitCode, errorText));
            }

            return text;
        }
        catch (Exception e) when (e is (OperationCanceledException or IOException) && token.IsCancellationRequested)
        {
            // A killed process can also surface as a broken pipe; either way it was the timeout or the caller.
            cancellationToken.ThrowIfCancellationRequested();
            throw new UnreadableDocumentException(string.Create(CultureInfo.InvariantCulture,
                $"OCR of page {page} took longer than {timeout.TotalSeconds:0} s and was stopped"), e);
        }
    }

    private ProcessStartInfo CreateStartInfo(int? dpi)
    {
        var info = new ProcessStartInfo(tesseractPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add("stdin");
        info.ArgumentList.Add("stdout");
        info.ArgumentList.Add("-l");
        info.ArgumentList.Add(language);
        if (dpi is { } resolution)
        {
            info.ArgumentList.Add("--dpi");
            info.ArgumentList.Add(resolution.ToString(CultureInfo.InvariantCulture));
        }

        info.Environment["OMP_THREAD_LIMIT"] = "1";
        return info;
    }

    private static async Task WriteImageAsync(Process process, ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        try
        {
            var stdin = process.StandardInput.BaseStream;
            await stdin.WriteAsync(image, cancellationToken);
            await stdin.FlushAsync(cancellationToken);
        }
        catch (IOException)
        {
            // Tesseract closed its stdin early (it could not read the image); its exit code and stderr say why.
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Same broken pipe as above.
            }
        }
    }

    private string DescribeFailure(int page, int exitCode, string errorText)
    {
        if (errorText.Contains("Failed loading language", StringComparison.OrdinalIgnoreCase))
        {
            return $"scanned PDF needs OCR, but tesseract has no language data for \"{language}\": install the Debian package tesseract-ocr-{language.Split('+')[0]}";
        }

        var lastLine = errorText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault() ?? "no message";
        return string.Create(CultureInfo.InvariantCulture,
            $"OCR of page {page} failed: tesseract exited with code {exitCode}: {lastLine}");
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }
}
