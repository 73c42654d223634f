using System.Reflection;

namespace ContainerKit.Scripting.Scripts;

/// <summary>Instances of the concrete classes of a compiled definition assembly that derive from a base type.</summary>
internal static class DeclaredDefinitions
{
    /// <summary>
    /// One instance of each non-abstract, non-generic class of <paramref name="assembly"/> deriving from
    /// <typeparamref name="T"/> with a parameterless constructor, in declaration order or, with
    /// <paramref name="byName"/>, ordered by full name.
    /// </summary>
    public static List<T> Instantiate<T>(Assembly assembly, bool byName)
        where T : class
    {
        var types = assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .Where(t => t.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is not null);
        return (byName ? types.OrderBy(t => t.FullName, StringComparer.Ordinal) : types.OrderBy(t => t.MetadataToken))
            .Select(t => (T)Activator.CreateInstance(t, nonPublic: true)!)
            .ToList();
    }
}
