namespace Minutes.Tests;

/// <summary>
/// The big real corpora in <c>../shared</c> beside the repository (Greve's 370 meetings, other bodies'
/// originals, the eval sets). They are not copied into the repository, so tests that read them are
/// skipped, and say why, where the folder is absent.
/// </summary>
internal static class SharedMaterial
{
    /// <summary>The <c>shared</c> folder beside the repository root, or null when it is absent.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>A path inside the shared folder; only call it from a test that is not skipped.</summary>
    public static string Path(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), relative);

    public static bool Has(string relative) =>
        Root is not null && (File.Exists(Path(relative)) || Directory.Exists(Path(relative)));

    private static string? FindRoot()
    {
        // The test binaries sit deep under tests/<project>/bin/...; the repository root holds Search.sln.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(System.IO.Path.Combine(dir.FullName, "Search.sln"))) continue;
            var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
            return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
        }
        return null;
    }
}

/// <summary>A fact that needs <c>../shared/&lt;relative&gt;</c>: reported skipped, naming the path, where it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relative)
    {
        if (!SharedMaterial.Has(relative)) Skip = $"../shared/{relative} is not present beside the repository";
    }
}

/// <summary>The theory counterpart of <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relative)
    {
        if (!SharedMaterial.Has(relative)) Skip = $"../shared/{relative} is not present beside the repository";
    }
}
