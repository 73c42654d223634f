namespace ContainerKit.Scripting;

/// <summary>Stable diagnostic ids raised by the scripting and source-editing layer (CK11xx).</summary>
public static class ScriptingDiagnosticIds
{
    /// <summary>A C# compiler error in a script or in an edited definition project.</summary>
    public const string CompileError = "CK1101";

    /// <summary>A script compiled but yielded no environment of the expected type.</summary>
    public const string NoEnvironment = "CK1102";

    /// <summary>A script or a file it loads does not exist.</summary>
    public const string FileNotFound = "CK1103";

    /// <summary>A script threw while it was creating its environments.</summary>
    public const string ScriptFailed = "CK1104";

    /// <summary>A source edit could not be applied (target member or class not found).</summary>
    public const string EditNotApplicable = "CK1105";

    /// <summary>A template folder could not be imported (missing Dockerfile, stage, build argument or list file), or the import would overwrite a file.</summary>
    public const string ImportFailed = "CK1106";
}
