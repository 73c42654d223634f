namespace ContainerKit.IntegrationTests;

/// <summary>Tests sharing one engine fixture (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "engine";
}
