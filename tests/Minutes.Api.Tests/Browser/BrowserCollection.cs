namespace Minutes.Api.Tests.Browser;

/// <summary>Browser tests share one server and one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
