using System.Xml.Linq;

namespace ContainerKit.Targets.Host.Testing;

/// <summary>Passed, failed and skipped test counts read from a TRX file's <c>ResultSummary/Counters</c>.</summary>
/// <param name="Passed">Tests that passed.</param>
/// <param name="Failed">Tests that failed (including errors, timeouts and aborts).</param>
/// <param name="Skipped">Tests that did not execute.</param>
public sealed record TestCounts(int Passed, int Failed, int Skipped)
{
    /// <summary>True when nothing failed and at least one test ran.</summary>
    public bool IsSuccess => Failed == 0 && Passed > 0;

    /// <summary>Reads the counters of a TRX file.</summary>
    public static TestCounts FromTrx(string path)
    {
        var counters = XDocument.Load(path).Descendants().First(e => e.Name.LocalName == "Counters");
        int Count(string name) => int.TryParse(counters.Attribute(name)?.Value, out var value) ? value : 0;
        return new TestCounts(
            Count("passed"),
            Count("failed") + Count("error") + Count("timeout") + Count("aborted"),
            Count("notExecuted"));
    }

    /// <summary>Adds two counts (several TRX files).</summary>
    public static TestCounts operator +(TestCounts a, TestCounts b) => new(a.Passed + b.Passed, a.Failed + b.Failed, a.Skipped + b.Skipped);

    /// <summary><c>Tests: N passed, N failed, N skipped</c>.</summary>
    public override string ToString() => $"Tests: {Passed} passed, {Failed} failed, {Skipped} skipped";
}
