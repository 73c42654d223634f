using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ContainerKit.Targets.Host;

/// <summary>Converts raw parameter strings to the member type; failures are usage errors.</summary>
internal static class ValueConverter
{
    /// <summary>Converts the values for <paramref name="value"/>'s member type.</summary>
    public static object? Convert(ParameterValue value)
    {
        var type = value.Member.Type;
        if (type.IsArray)
        {
            var elementType = type.GetElementType()!;
            var items = value.Source == ParameterSource.CommandLine
                ? value.Values
                : value.Values.SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(ConvertScalar(items[i], elementType, value), i);
            }
            return array;
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (value.Values.Count == 0)
        {
            if (underlying == typeof(bool))
            {
                return true;
            }
            throw Error(value, "a value is missing", "");
        }
        if (value.Values.Count > 1)
        {
            throw Error(value, $"takes one value but got {value.Values.Count} ({Shown(value, string.Join(" ", value.Values))})", Accepted(underlying));
        }
        return ConvertScalar(value.Values[0], underlying, value);
    }

    /// <summary>The values a type accepts, for help and error messages.</summary>
    public static string Accepted(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
        {
            return Accepted(underlying.GetElementType()!) + " (several values allowed)";
        }
        if (underlying == typeof(bool))
        {
            return "true, false";
        }
        if (underlying == typeof(int))
        {
            return "a whole number";
        }
        if (underlying.IsEnum)
        {
            return string.Join(", ", Enum.GetNames(underlying).Select(n => n.ToLowerInvariant()));
        }
        return "text";
    }

    /// <summary>Short type name for <c>--help</c>.</summary>
    public static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsArray)
        {
            return TypeName(underlying.GetElementType()!) + "[]";
        }
        if (underlying.IsEnum)
        {
            return string.Join("|", Enum.GetNames(underlying).Select(n => n.ToLowerInvariant()));
        }
        return underlying == typeof(string) ? "string" : underlying == typeof(bool) ? "bool" : underlying == typeof(int) ? "int" : underlying.Name;
    }

    private static object ConvertScalar(string raw, Type type, ParameterValue value)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return raw;
        }
        if (type == typeof(bool) && bool.TryParse(raw, out var flag))
        {
            return flag;
        }
        if (type == typeof(int) && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        if (type.IsEnum && TryParseEnum(type, raw, out var member))
        {
            return member;
        }
        if (type != typeof(bool) && type != typeof(int) && !type.IsEnum)
        {
            throw new UsageException($"Parameter --{value.Member.Name} has the unsupported type {type.Name}.");
        }
        throw Error(value, $"'{Shown(value, raw)}' is not valid", Accepted(type));
    }

    /// <summary>
    /// Parses exactly one member name of <paramref name="type"/>, ignoring case; unlike <see cref="Enum.TryParse(Type, string, bool, out object)"/>
    /// it rejects numbers and comma-separated combinations.
    /// </summary>
    public static bool TryParseEnum(Type type, string raw, [NotNullWhen(true)] out object? member)
    {
        var name = Enum.GetNames(type).FirstOrDefault(n => n.Equals(raw.Trim(), StringComparison.OrdinalIgnoreCase));
        member = name is null ? null : Enum.Parse(type, name);
        return member is not null;
    }

    /// <summary>The raw text for a message; <c>***</c> for a secret parameter.</summary>
    private static string Shown(ParameterValue value, string raw) => value.Member.IsSecret ? "***" : raw;

    private static UsageException Error(ParameterValue value, string problem, string accepted)
    {
        var hint = accepted.Length == 0 ? "" : $" Accepted values: {accepted}.";
        return new UsageException($"Parameter --{value.Member.Name} from {value.Origin}: {problem}.{hint}");
    }
}
