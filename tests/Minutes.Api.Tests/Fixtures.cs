namespace Minutes.Api.Tests;

/// <summary>
/// The real minutes the tests serve: the bundled samples (src/samples) and, from the ingestion tests,
/// broken files and other formats.
/// </summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string SamplesFolder => Path.Combine(Root, "samples");

    public static string File(string relative) => Path.Combine(Root, relative);

    /// <summary>The sample whose name starts with <paramref name="prefix"/>, e.g. "001".</summary>
    public static string Sample(string prefix) => Directory.EnumerateFiles(SamplesFolder, prefix + "*").Single();
}
