namespace Minutes.Api.Tests;

[CollectionDefinition(LockedDownApi.Collection)]
public sealed class LockedDownApiCollection : ICollectionFixture<LockedDownApi>;
