namespace Minutes.Core;

/// <summary>A headed part of an agenda item, e.g. "Baggrund", "Indstilling", "Beslutning".</summary>
public sealed record Section(string Name, string Text);
