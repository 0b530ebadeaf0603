using System.CommandLine.Parsing;
using System.Globalization;

namespace JcmSim.Cli.Commands;

/// <summary>The range check of every whole-number option of the command line, with one message shape.</summary>
public static class IntOptionRange
{
    /// <summary>
    /// Adds an error when the option's last token is a whole number outside [<paramref name="min"/>,
    /// <paramref name="max"/>] (and not <paramref name="alsoAllowed"/>, e.g. 0 for "automatic"). Text
    /// that is not a whole number is left to the parser, which reports it: one message per problem.
    /// </summary>
    public static void Check(OptionResult result, int min, int max, string name, int? alsoAllowed = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
        if (text is null || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value == alsoAllowed)
        {
            return;
        }

        if (value < min || value > max)
        {
            result.AddError($"{name} {text} is out of range (allowed: {min:N0}–{max:N0}).");
        }
    }
}
