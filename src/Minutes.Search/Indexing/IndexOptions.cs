using System.ComponentModel.DataAnnotations;

namespace Minutes.Search.Indexing;

/// <summary>Where the Lucene index lives and how often a long sync commits.</summary>
public sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>The index folder, relative to the working directory unless rooted.</summary>
    /// <value>Default "index".</value>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "index";

    /// <summary>
    /// A sync commits after this many new or changed files, so a killed run loses at most this much
    /// work; the last commit stays usable either way. Each commit flushes small segments that must be
    /// merged later: at 50, commits and their merges took a fifth of the CPU of indexing 1,000 meetings.
    /// </summary>
    /// <value>Default 500 (about ten seconds of indexing on two cores).</value>
    [Range(1, 100_000)]
    public int CommitEveryFiles { get; set; } = 500;

    /// <summary>
    /// How much of the index searchers may hold in memory, in MB: segment files are read into memory
    /// when opened, as long as they fit; the rest are read from disk. The whole index should fit.
    /// </summary>
    /// <value>Default 4096.</value>
    [Range(0, 1_000_000)]
    public int MemoryCacheMb { get; set; } = 4096;
}
