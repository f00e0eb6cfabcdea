namespace Minutes.Api.Tests;

/// <summary>The API over the five bundled samples, shared by the tests that only read (the index is built once).</summary>
public sealed class SamplesApi : ApiFactory
{
    public const string Collection = "samples api";
}
