namespace JcmSim.ScenarioFormat;

/// <summary>"Did you mean …?" for unknown keys, identifiers and codes.</summary>
internal static class Suggestion
{
    /// <summary>The candidate closest to <paramref name="given"/> by edit distance (ignoring case), if close enough to be a typo.</summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        if (given.Length > 100)
        {
            // Nobody mistypes a key this long; and the distance would cost length × candidates.
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = given.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the word (at least two edits) separates a typo from a different word.
        return best is not null && bestDistance <= Math.Max(2, given.Length / 3) ? best : null;
    }

    /// <summary>" did you mean 'x'?" or an empty string.</summary>
    public static string Hint(string given, IEnumerable<string> candidates) =>
        Closest(given, candidates) is { } closest ? $"; did you mean '{closest}'?" : "";

    /// <summary>A list for the "allowed" part of a message, shortened when long.</summary>
    public static string List(IEnumerable<string> items, int max = 40)
    {
        var all = items.ToList();
        return all.Count <= max ? string.Join(", ", all) : string.Join(", ", all.Take(max)) + $", … ({all.Count - max} more)";
    }

    // Levenshtein distance with two rows.
    private static int Distance(string a, string b)
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
