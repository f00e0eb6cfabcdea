using Lucene.Net.Store;

namespace Minutes.Search.Indexing;

/// <summary>
/// The index folder, with segment files read into memory when searchers open them. Lucene's fast
/// directory maps files into memory, but this release's MMapDirectory crashes searches on Linux
/// (apache/lucenenet#1013), and <see cref="NIOFSDirectory"/> alone pays a system call per kilobyte
/// read. Segment files never change once written, so a copy in memory is always current.
/// </summary>
/// <remarks>
/// Writes, merges (which read each file once, in order), stored fields and files larger than what is
/// left of the budget go to the folder as before, so memory stays bounded by <see cref="IndexOptions.MemoryCacheMb"/>.
/// The budget counts files while a reader holds them open; files of merged-away segments are released
/// when the last searcher on them is.
/// </remarks>
internal sealed class MemoryReadDirectory(FSDirectory folder, long budgetBytes) : FilterDirectory(folder)
{
    /// <summary>
    /// Stored fields (the passage texts, 60 % of the index) stay on disk: a search reads ten documents
    /// of them, and leaving them out of memory makes the start three times faster.
    /// </summary>
    private const string StoredFieldsData = ".fdt";

    private long _heldBytes;

    /// <summary>Bytes of index files held in memory now.</summary>
    public long HeldBytes => Interlocked.Read(ref _heldBytes);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (TryLoad(name, context) is { } loaded)
        {
            return loaded;
        }

        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered && name.EndsWith(StoredFieldsData, StringComparison.Ordinal))
        {
            // A stored document is read as one compressed chunk of about 16 KB.
            buffered.SetBufferSize(16 * 1024);
        }

        return input;
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        return TryLoad(name, context) is { } whole ? new MemorySlicer(whole) : base.CreateSlicer(name, context);
    }

    private MemoryIndexInput? TryLoad(string name, IOContext context)
    {
        if (context.Context is IOContext.UsageContext.MERGE || context.ReadOnce || !name.StartsWith('_')
            || name.EndsWith(StoredFieldsData, StringComparison.Ordinal))
        {
            return null;
        }

        var length = m_input.FileLength(name);
        if (length > int.MaxValue)
        {
            return null;
        }

        // Reserve first, so concurrent opens cannot together pass the budget.
        if (Interlocked.Add(ref _heldBytes, length) > budgetBytes)
        {
            Interlocked.Add(ref _heldBytes, -length);
            return null;
        }

        try
        {
            // One read straight into the array: through Lucene's input it went a kilobyte at a time.
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            using (var handle = File.OpenHandle(System.IO.Path.Combine(folder.Directory.FullName, name)))
            {
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                    read += n > 0 ? n : throw new EndOfStreamException($"{name} ended after {read} of {length} bytes");
                }
            }

            var released = 0;
            return new MemoryIndexInput($"MemoryIndexInput({name})", bytes, 0, bytes.Length, () =>
            {
                if (Interlocked.Exchange(ref released, 1) == 0)
                {
                    Interlocked.Add(ref _heldBytes, -length);
                }
            });
        }
        catch
        {
            Interlocked.Add(ref _heldBytes, -length);
            throw;
        }
    }

    private sealed class MemorySlicer(MemoryIndexInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            whole.Slice($"{whole} [slice={sliceDescription}]", offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => whole.Slice(whole.ToString(), 0, whole.Length);

        protected override void Dispose(bool disposing)
        {
            whole.Dispose();
        }
    }
}
