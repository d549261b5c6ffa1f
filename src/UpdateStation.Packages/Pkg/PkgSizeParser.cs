using System.Globalization;

namespace UpdateStation.Packages.Pkg;

/// <summary>Reads the sizes pkg prints: an integer (or decimal) and a unit, e.g. "12 MiB", "512 B", "3 kB".</summary>
/// <remarks>
/// pkg formats sizes with humanize_number(3), always with a divisor of 1024; older versions spelled the units
/// "kB", "MB", "GB" without the IEC "i". Both spellings therefore mean powers of 1024 here.
/// </remarks>
internal static class PkgSizeParser
{
    /// <summary>Parses "N unit"; false when the text is not a size.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long bytes)
    {
        bytes = 0;
        text = text.Trim();
        int split = 0;
        while (split < text.Length && (char.IsAsciiDigit(text[split]) || text[split] == '.'))
        {
            split++;
        }

        if (split == 0 || !decimal.TryParse(text[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var unit = text[split..].Trim();
        if (!TryGetMultiplier(unit, out var multiplier))
        {
            return false;
        }

        if (number > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = (long)decimal.Round(number * multiplier);
        return true;
    }

    private static bool TryGetMultiplier(ReadOnlySpan<char> unit, out decimal multiplier)
    {
        int power = unit switch
        {
            "B" or "" => 0,
            "KiB" or "kB" or "KB" or "K" or "k" => 1,
            "MiB" or "MB" or "M" => 2,
            "GiB" or "GB" or "G" => 3,
            "TiB" or "TB" or "T" => 4,
            "PiB" or "PB" or "P" => 5,
            _ => -1,
        };
        multiplier = 1;
        for (int i = 0; i < power; i++)
        {
            multiplier *= 1024;
        }

        return power >= 0;
    }
}
