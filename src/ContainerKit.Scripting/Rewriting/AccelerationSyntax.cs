using ContainerKit.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ContainerKit.Scripting.Rewriting;

/// <summary>
/// How accelerations are spelled in definition code: <c>Acceleration.Cpu</c>, <c>Acceleration.Cuda</c>, <c>Acceleration.Rocm</c>
/// for the built-in values and <c>Acceleration.CudaVariant("cu124")</c> / <c>Acceleration.RocmVariant("...")</c> for variants.
/// Custom accelerations (their own device options) are code, not literals: they are neither read nor written.
/// </summary>
internal static class AccelerationSyntax
{
    /// <summary>The C# expression of <paramref name="acceleration"/>.</summary>
    public static string Write(Acceleration acceleration)
    {
        ArgumentNullException.ThrowIfNull(acceleration);
        if (Acceleration.BuiltInNamed(acceleration.Name) == acceleration) return $"{nameof(Acceleration)}.{MemberName(acceleration)}";
        return acceleration.Kind switch
        {
            AccelerationKind.Cuda when acceleration == Acceleration.CudaVariant(acceleration.Name) => $"{nameof(Acceleration)}.{nameof(Acceleration.CudaVariant)}(\"{acceleration.Name}\")",
            AccelerationKind.Rocm when acceleration == Acceleration.RocmVariant(acceleration.Name) => $"{nameof(Acceleration)}.{nameof(Acceleration.RocmVariant)}(\"{acceleration.Name}\")",
            _ => throw new NotSupportedException($"the acceleration {acceleration.Name} ({acceleration.Kind}) has its own device options and cannot be written as a literal"),
        };
    }

    /// <summary>The member of a built-in value (<c>Cuda</c>); the capitalised name for others.</summary>
    public static string MemberName(Acceleration acceleration) => char.ToUpperInvariant(acceleration.Name[0]) + acceleration.Name[1..];

    /// <summary>The acceleration <paramref name="expression"/> spells, or null when it is not one of the literal forms.</summary>
    public static Acceleration? Read(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access when IsAccelerationType(access.Expression)
            => Acceleration.BuiltIn.FirstOrDefault(a => MemberName(a) == access.Name.Identifier.ValueText),
        InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax call,
            ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax literal }],
        } when IsAccelerationType(call.Expression) && literal.Token.Value is string name => call.Name.Identifier.ValueText switch
        {
            nameof(Acceleration.CudaVariant) => Acceleration.CudaVariant(name),
            nameof(Acceleration.RocmVariant) => Acceleration.RocmVariant(name),
            _ => null,
        },
        _ => null,
    };

    private static bool IsAccelerationType(ExpressionSyntax expression) => expression.ToString().Split('.')[^1] == nameof(Acceleration);
}
