namespace Minutes.Core;

/// <summary>
/// A statement of what was decided or agreed: a "Beslutning:" bullet, "Aftalt at ...",
/// "Konklusion: ...", "... blev godkendt", "Styregruppen besluttede ..." and the like.
/// </summary>
/// <param name="Page">1-based page the statement is on.</param>
public sealed record Decision(string Text, int Page = 1);
