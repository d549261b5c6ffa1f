using System.Globalization;
using System.Numerics;

namespace UpdateStation.Commands;

/// <summary>Parsing and range checks for numeric options.</summary>
internal static class OptionValidation
{
    /// <summary>
    /// Accepts only a number in [<paramref name="min"/>, <paramref name="max"/>]; anything else (a word, NaN, an infinity,
    /// a number out of range) is a usage error that says <paramref name="message"/> and quotes what was given.
    /// </summary>
    /// <remarks>
    /// Replaces System.CommandLine's own parsing, whose message names a .NET type ("System.Int32") and which lets NaN
    /// through every range check (NaN compares false with everything), so the range is tested as "inside", never as
    /// "not outside".
    /// </remarks>
    public static Option<T> InRange<T>(this Option<T> option, T min, T max, string message)
        where T : INumber<T>
    {
        option.CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
            if (token is not null && T.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError(token is null ? message : $"{message.TrimEnd('.')}, not '{token}'.");
            return min;
        };
        return option;
    }
}
