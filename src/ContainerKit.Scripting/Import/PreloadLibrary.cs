namespace ContainerKit.Scripting.Import;

/// <summary>
/// The template's preload library (<c>libfakeintel.so</c>): a one-function shared library whose
/// <c>mkl_serv_intel_cpu_true</c> returns 1, preloaded with <c>LD_PRELOAD</c> so that Intel MKL takes its fast code paths
/// on AMD CPUs. ContainerKit does not build it; the review notes explain it wherever the template does.
/// </summary>
internal static class PreloadLibrary
{
    /// <summary>The function the library overrides; a RUN or stage mentioning it builds the library.</summary>
    public const string Marker = "mkl_serv_intel_cpu_true";

    /// <summary>What the library is and how to keep it, for review notes.</summary>
    public const string Explanation =
        "preload library (libfakeintel.so), an MKL-on-AMD workaround: its " + Marker + "() returns 1, so Intel MKL takes its fast code paths on AMD CPUs. "
        + "ContainerKit does not build it; if your code uses MKL on AMD CPUs, compile it in a custom stage, COPY it into runtime-generic "
        + "(RuntimeInstructions) and set LD_PRELOAD in EnvironmentVariables";
}
