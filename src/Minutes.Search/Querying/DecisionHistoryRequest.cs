namespace Minutes.Search.Querying;

/// <summary>"Have we decided this before?": a topic and optional filters.</summary>
public sealed record DecisionHistoryRequest
{
    /// <summary>The topic, e.g. "Døgndiamanten" or "hvad blev besluttet om tolkebistand".</summary>
    public string? Q { get; init; }

    /// <summary>Only decisions of this body, exact value.</summary>
    public string? Body { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
