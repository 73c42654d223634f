namespace ContainerKit.Targets.Host;

/// <summary>Finds the repository root: the nearest folder upwards that contains <c>.nuke/</c>.</summary>
internal static class RootDirectoryLocator
{
    /// <summary>Searches upwards from each start folder in turn; falls back to the first one.</summary>
    public static string Locate(params string[] startFolders)
    {
        foreach (var start in startFolders)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, ".nuke")))
                {
                    return directory.FullName;
                }
            }
        }
        return Path.GetFullPath(startFolders[0]);
    }
}
