namespace Minutes.Core;

/// <summary>
/// Resolves the relative paths in appsettings.json ("index", "src/samples") against the repository
/// root, so the API and the CLI find the same folders whether started from the root, from a project
/// folder with <c>dotnet run --project</c>, or from a test's bin folder.
/// </summary>
public static class ContentRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Resolve(string path) =>
        System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.GetFullPath(System.IO.Path.Combine(Root.Value, path));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
