namespace Minutes.Search.Indexing;

/// <summary>Where to cite a passage: the file name and 1-based page.</summary>
public sealed record PassageSource(string File, int Page);
