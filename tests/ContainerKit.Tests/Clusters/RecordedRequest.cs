namespace ContainerKit.Tests.Clusters;

/// <summary>One request <see cref="FakeKubernetesApi"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path and query string.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The request body (JSON), empty when none.</param>
public sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string Body);
