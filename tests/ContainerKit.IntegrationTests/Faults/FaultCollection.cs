namespace ContainerKit.IntegrationTests.Faults;

/// <summary>The fault-injection tests: one after another, on one private daemon and registry.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultEngine>
{
    /// <summary>The collection name.</summary>
    public const string Name = "faults";
}
