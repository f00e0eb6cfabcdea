using Lucene.Net.Index;
using Lucene.Net.Store;
using Minutes.Search.Indexing;

namespace Minutes.Tests.Search.Indexing;

public sealed class MemoryReadDirectoryTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task EverySegmentFileReadsTheSameFromMemoryAsFromDisk()
    {
        var folder = await BuiltIndexFolderAsync();
        using var disk = new NIOFSDirectory(new DirectoryInfo(folder));
        using var memory = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(folder)), long.MaxValue);

        var files = disk.ListAll().Where(f => f.StartsWith('_')).ToList();
        Assert.NotEmpty(files);
        foreach (var name in files)
        {
            using var expected = disk.OpenInput(name, IOContext.DEFAULT);
            using var actual = memory.OpenInput(name, IOContext.DEFAULT);
            // Stored fields stay on disk; everything else searches read is held in memory.
            Assert.Equal(!name.EndsWith(".fdt", StringComparison.Ordinal), actual is MemoryIndexInput);
            Assert.Equal(ReadAll(expected), ReadAll(actual));
        }

        Assert.Equal(0, memory.HeldBytes);
    }

    [Fact]
    public async Task ClonesAndSlicesReadTheirOwnPositions()
    {
        var folder = await BuiltIndexFolderAsync();
        using var memory = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(folder)), long.MaxValue);
        var name = memory.ListAll().Where(f => f.StartsWith('_')).OrderByDescending(memory.FileLength).First();
        using var input = memory.OpenInput(name, IOContext.DEFAULT);
        var all = ReadAll(input);

        input.Seek(10);
        var clone = (IndexInput)input.Clone();
        clone.Seek(20);
        Assert.Equal(all[10], input.ReadByte());
        Assert.Equal(all[20], clone.ReadByte());

        using var slicer = memory.CreateSlicer(name, IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 5, 50);
        Assert.Equal(50, slice.Length);
        Assert.Equal(all[5..55], ReadAll(slice));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Fact]
    public async Task FilesBeyondTheBudgetAreReadFromDiskAndHeldBytesAreReleased()
    {
        var folder = await BuiltIndexFolderAsync();
        using var memory = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(folder)), budgetBytes: 1);
        var name = memory.ListAll().First(f => f.StartsWith('_') && memory.FileLength(f) > 1);
        using (var fromDisk = memory.OpenInput(name, IOContext.DEFAULT))
        {
            Assert.IsNotType<MemoryIndexInput>(fromDisk);
            Assert.Equal(0, memory.HeldBytes);
        }

        using var roomy = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(folder)), long.MaxValue);
        var input = roomy.OpenInput(name, IOContext.DEFAULT);
        Assert.Equal(roomy.FileLength(name), roomy.HeldBytes);
        input.Dispose();
        input.Dispose();
        Assert.Equal(0, roomy.HeldBytes);
    }

    [Fact]
    public async Task IndexReadThroughMemoryPassesCheckIndex()
    {
        var folder = await BuiltIndexFolderAsync();
        using var memory = new MemoryReadDirectory(new NIOFSDirectory(new DirectoryInfo(folder)), long.MaxValue);
        var status = new CheckIndex(memory).DoCheckIndex();
        Assert.True(status.Clean);
        using var reader = DirectoryReader.Open(memory);
        Assert.True(reader.NumDocs > 2);
    }

    private async Task<string> BuiltIndexFolderAsync()
    {
        SampleMinutes.WriteTo(_temp.MinutesFolder);
        await _temp.SyncAsync();
        _temp.Index.Dispose();
        return _temp.IndexFolder;
    }

    private static byte[] ReadAll(IndexInput input)
    {
        var bytes = new byte[input.Length - input.Position];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }
}
