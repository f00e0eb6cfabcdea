namespace Minutes.Core;

/// <summary>A participant or absentee; <see cref="Municipality"/> is the organisation in brackets, e.g. "Holbæk".</summary>
public sealed record Person(string Name, string? Municipality);
