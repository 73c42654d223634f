using ContainerKit.Model;
using ContainerKit.Scripting.Rewriting;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ContainerKit.Tests.Scripting;

/// <summary>The rewriters spell built-in accelerations as before (<c>Acceleration.Cuda</c>) and read and write CUDA variants.</summary>
public sealed class AccelerationSyntaxTests
{
    [Fact]
    public void Built_in_values_are_written_as_their_members_and_variants_as_calls()
    {
        var written = MatrixExpression.Write([new(Platform.Amd64, Acceleration.Cpu), new(Platform.Amd64, Acceleration.Cuda), new(Platform.Amd64, Acceleration.CudaVariant("cu124"))]);

        Assert.Equal("Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Cpu, Acceleration.Cuda, Acceleration.CudaVariant(\"cu124\"))", written.ToString());
    }

    [Fact]
    public void A_matrix_with_variants_reads_back_to_its_entries()
    {
        var expression = SyntaxFactory.ParseExpression(
            "Matrix.Platforms(Platform.Amd64, Platform.Arm64).Accelerations(Acceleration.Rocm, Acceleration.CudaVariant(\"cu121\")).Except(new MatrixEntry(Platform.Arm64, Acceleration.CudaVariant(\"cu121\")))");

        var entries = MatrixExpression.TryEvaluate(expression);

        Assert.Equal(["amd64-rocm", "amd64-cu121", "arm64-rocm"], entries!.Select(e => e.Key));
        Assert.Equal(AccelerationKind.Cuda, entries![1].Acceleration.Kind);
    }

    [Fact]
    public void An_acceleration_with_its_own_devices_is_not_a_literal()
    {
        Assert.Null(MatrixExpression.TryEvaluate(SyntaxFactory.ParseExpression("Matrix.Platforms(Platform.Amd64).Accelerations(Acceleration.Custom(\"tpu\", devices))")));
        Assert.Throws<NotSupportedException>(() => AccelerationSyntax.Write(Acceleration.Custom("tpu", DeviceOptions.None)));
    }
}
