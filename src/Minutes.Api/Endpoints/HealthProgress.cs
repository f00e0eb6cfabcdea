namespace Minutes.Api.Endpoints;

/// <summary>How far the running sync is: <paramref name="Done"/> of <paramref name="Total"/> files.</summary>
public sealed record HealthProgress(int Done, int Total);
