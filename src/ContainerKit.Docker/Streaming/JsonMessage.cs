using System.Text.Json;

namespace ContainerKit.Docker.Streaming;

/// <summary>One message of the daemon's JSON-lines progress stream (build, push, pull).</summary>
/// <param name="Id">The <c>id</c> field (layer id, or <c>moby.buildkit.trace</c>/<c>moby.image.id</c>).</param>
/// <param name="Stream">Classic builder output text.</param>
/// <param name="Status">Status text (push/pull).</param>
/// <param name="Error">The error message (<c>errorDetail.message</c> or <c>error</c>), null when none.</param>
/// <param name="Aux">The <c>aux</c> payload, when present.</param>
public sealed record JsonMessage(string? Id, string? Stream, string? Status, string? Error, JsonElement? Aux);
