namespace Minutes.Tests;

/// <summary>
/// Paths to the real minutes the tests read. Formats and broken inputs live in <c>Fixtures/</c>
/// next to the tests; the five seed minutes are the service's bundled samples in <c>src/samples</c>.
/// </summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string File(string relative) => Path.Combine(Root, relative);

    public static string SamplesFolder => Path.Combine(Root, "samples");

    public static string Sample(string prefix) =>
        Directory.EnumerateFiles(SamplesFolder, prefix + "*.txt").Single();
}
