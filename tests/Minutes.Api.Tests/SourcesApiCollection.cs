namespace Minutes.Api.Tests;

[CollectionDefinition(SourcesApi.Collection)]
public sealed class SourcesApiCollection : ICollectionFixture<SourcesApi>;
