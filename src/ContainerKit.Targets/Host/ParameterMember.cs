using System.Reflection;

namespace ContainerKit.Targets.Host;

/// <summary>A <see cref="ParameterAttribute"/> field or property of the build class.</summary>
internal sealed class ParameterMember
{
    private ParameterMember(MemberInfo member, ParameterAttribute attribute)
    {
        Member = member;
        Name = attribute.Name ?? NameStyle.Kebab(member.Name);
        Description = attribute.Description;
        IsSecret = member.IsDefined(typeof(SecretAttribute), inherit: true);
        Type = member is PropertyInfo property ? property.PropertyType : ((FieldInfo)member).FieldType;
    }

    public MemberInfo Member { get; }

    /// <summary>Kebab-case name used on the command line, without the leading dashes.</summary>
    public string Name { get; }

    public string? Description { get; }
    public bool IsSecret { get; }
    public Type Type { get; }

    /// <summary>Every parameter of the build type, including inherited and non-public ones.</summary>
    public static IReadOnlyList<ParameterMember> Discover(Type buildType)
    {
        var result = new List<ParameterMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var member in type.GetFields(flags).Cast<MemberInfo>().Concat(type.GetProperties(flags)))
            {
                if (member.GetCustomAttribute<ParameterAttribute>(inherit: true) is { } attribute && seen.Add(member.Name))
                {
                    result.Add(new ParameterMember(member, attribute));
                }
            }
        }
        return result;
    }

    public object? GetValue(object build) => Member switch
    {
        PropertyInfo property => property.GetValue(build),
        FieldInfo field => field.GetValue(build),
        _ => null,
    };

    public void SetValue(object build, object? value)
    {
        switch (Member)
        {
            case PropertyInfo property:
                property.SetValue(build, value);
                break;
            case FieldInfo field:
                field.SetValue(build, value);
                break;
        }
    }
}
