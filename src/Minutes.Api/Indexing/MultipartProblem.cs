using Microsoft.Net.Http.Headers;

namespace Minutes.Api.Indexing;

/// <summary>Words the reason a multipart body could not be read, for a 400 the sender can act on.</summary>
internal static class MultipartProblem
{
    /// <summary>
    /// The detail for <paramref name="error"/>, thrown while reading a form with <paramref name="contentType"/>:
    /// the framework's multipart reader says what is wrong in its <see cref="InvalidDataException"/>
    /// ("Missing content-type boundary.", "Line length limit 100 exceeded."); an <see cref="IOException"/>
    /// means the body ended before its closing boundary.
    /// </summary>
    public static string Describe(string? contentType, Exception error)
    {
        var boundary = MediaTypeHeaderValue.TryParse(contentType, out var type)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return "The Content-Type header names no boundary: send multipart/form-data; boundary=... as HTTP clients do for file uploads.";
        }

        return error is InvalidDataException
            ? $"The multipart body could not be read: {error.Message.TrimEnd('.')}."
            : $"The multipart body ends before its closing boundary '--{boundary}--': the upload is cut off or malformed.";
    }
}
