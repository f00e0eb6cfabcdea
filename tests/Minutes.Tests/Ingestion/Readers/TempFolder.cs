namespace Minutes.Tests.Ingestion.Readers;

/// <summary>A folder under the system temp path for inputs a test generates; deleted on dispose so nothing big is left behind.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("minutes-readers-").FullName;

    public string Write(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    public string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
