using System.Text.Json.Serialization;

namespace Minutes.Core;

/// <summary>
/// A statement of what was decided or agreed: a "Beslutning:" bullet, "Aftalt at ...",
/// "Konklusion: ...", "... blev godkendt", "Styregruppen besluttede ..." and the like.
/// </summary>
/// <param name="Page">1-based page the statement is on.</param>
public sealed record Decision(string Text, int Page = 1)
{
    /// <summary>
    /// The paragraph a one-sentence decision stands in, when it says more than the decision: the topic a
    /// bullet opens with ("Udsatte gravide med skadeligt rusmiddelforbrug. Konklusion på undersøgelse er,
    /// at ..."). Searched with the decision so a question about the topic finds it; null otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Context { get; init; }
}
