namespace ContainerKit.Tests.Host;

/// <summary>An enum parameter type for the conversion tests.</summary>
public enum Flavor
{
    Vanilla,
    Chocolate,
    Strawberry,
}
