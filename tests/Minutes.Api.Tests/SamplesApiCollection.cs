namespace Minutes.Api.Tests;

[CollectionDefinition(SamplesApi.Collection)]
public sealed class SamplesApiCollection : ICollectionFixture<SamplesApi>;
