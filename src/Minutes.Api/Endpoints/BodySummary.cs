namespace Minutes.Api.Endpoints;

/// <summary>A body (udvalg, netværk, styregruppe) with indexed meetings.</summary>
/// <param name="Meetings">How many of its meetings are indexed.</param>
/// <param name="First">Its oldest meeting's date; null when no meeting is dated.</param>
/// <param name="Latest">Its newest meeting's date.</param>
public sealed record BodySummary(string Name, int Meetings, DateOnly? First, DateOnly? Latest);
