namespace Minutes.Tests.Faults;

/// <summary>The fault tests run one after another: they start processes and fill disks, and timing them against each other would only add noise.</summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<Minutes.Tests.Ingestion.IngestionFixture>
{
    public const string Name = "Faults";
}
