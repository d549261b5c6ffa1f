using System.Globalization;
using System.Numerics;

namespace UpdateStation.Commands;

/// <summary>Range checks for numeric options.</summary>
internal static class OptionValidation
{
    /// <summary>Rejects a value outside [<paramref name="min"/>, <paramref name="max"/>] with <paramref name="message"/>.</summary>
    /// <remarks>
    /// Reads the token itself: a value that does not parse is already reported by System.CommandLine, and asking the
    /// option for its value then would throw.
    /// </remarks>
    public static Option<T> InRange<T>(this Option<T> option, T min, T max, string message)
        where T : INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && T.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
            {
                result.AddError(message);
            }
        });
        return option;
    }
}
