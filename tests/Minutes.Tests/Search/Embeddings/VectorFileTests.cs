using Minutes.Search.Embeddings;

namespace Minutes.Tests.Search.Embeddings;

public sealed class VectorFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minutes-vector-file-").FullName;

    private string FilePath => Path.Combine(_folder, VectorFile.Name);

    private static KeyValuePair<UInt128, float[]> Record(int key, params float[] vector) => new((UInt128)key, vector);

    [Fact]
    public void AppendedVectorsAreLoadedBack()
    {
        var file = new VectorFile(FilePath, "model-a");
        file.Append([Record(1, 0.6f, 0.8f)]);
        file.Append([Record(2, 1f, 0f), Record(3, 0f, 1f)]);

        var loaded = new VectorFile(FilePath, "model-a").Load();

        Assert.Equal(3, loaded.Count);
        Assert.Equal([0.6f, 0.8f], loaded[1]);
    }

    [Fact]
    public void ARecordCutShortByACrashIsIgnoredAndOverwritten()
    {
        var file = new VectorFile(FilePath, "model-a");
        file.Append([Record(1, 0.6f, 0.8f), Record(2, 1f, 0f)]);
        using (var stream = new FileStream(FilePath, FileMode.Open))
        {
            stream.SetLength(stream.Length - 3);
        }

        Assert.Single(file.Load());
        file.Append([Record(3, 0f, 1f)]);
        Assert.Equal([(UInt128)1, (UInt128)3], file.Load().Keys.Order());
    }

    [Fact]
    public void VectorsOfAnotherModelOrDimensionAreNotUsed()
    {
        new VectorFile(FilePath, "model-a").Append([Record(1, 0.6f, 0.8f)]);

        Assert.Empty(new VectorFile(FilePath, "model-b").Load());

        new VectorFile(FilePath, "model-a").Append([Record(2, 1f, 0f, 0f)]);
        Assert.Equal([(UInt128)2], new VectorFile(FilePath, "model-a").Load().Keys);
    }

    [Fact]
    public void AFileThatIsNotOursLoadsEmpty()
    {
        File.WriteAllText(FilePath, "not vectors at all");

        Assert.Empty(new VectorFile(FilePath, "model-a").Load());
    }

    [Fact]
    public void RewriteKeepsOnlyTheGivenVectors()
    {
        var file = new VectorFile(FilePath, "model-a");
        file.Append([Record(1, 0.6f, 0.8f), Record(2, 1f, 0f)]);

        file.Rewrite([Record(2, 1f, 0f)]);

        Assert.Equal([(UInt128)2], file.Load().Keys);
        Assert.False(File.Exists(FilePath + ".tmp"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
