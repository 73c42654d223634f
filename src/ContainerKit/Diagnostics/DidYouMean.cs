namespace ContainerKit.Diagnostics;

/// <summary>Finds the closest valid name (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate (a prefix or substring match wins), or null when there is none.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (input.Length >= 3 && candidate.Contains(input, StringComparison.OrdinalIgnoreCase))
            {
                distance = 0;
            }
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        return best;
    }

    /// <summary>" (did you mean 'X'?)" or an empty string.</summary>
    public static string Suffix(string input, IEnumerable<string> candidates, string prefix = "")
    {
        var closest = Closest(input, candidates);
        return closest is null ? "" : $" Did you mean '{prefix}{closest}'?";
    }

    /// <summary>The Levenshtein distance between <paramref name="a"/> and <paramref name="b"/> (case-sensitive).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
