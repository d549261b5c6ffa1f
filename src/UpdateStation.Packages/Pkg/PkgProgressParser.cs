using System.Globalization;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Reads pkg's per-package lines while it applies a plan: "[i/N] Upgrading name from a to b...", and the like.</summary>
/// <remarks>
/// The verbs are those of pkg's event output: Fetching, Extracting, Installing, Upgrading, Downgrading, Reinstalling,
/// Deinstalling. Percent is i/N of the current phase; pkg counts fetching and applying separately.
/// </remarks>
internal static class PkgProgressParser
{
    /// <summary>Parses one line; null when it is not a "[i/N] Verb ..." line with a verb this parser knows.</summary>
    public static PkgProgressLine? Parse(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int close = line.IndexOf(']');
        int slash = line.IndexOf('/');
        if (!line.StartsWith('[') || close < 0 || slash < 0 || slash > close)
        {
            return null;
        }

        const NumberStyles Digits = NumberStyles.None;
        if (!int.TryParse(line[1..slash], Digits, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(line[(slash + 1)..close], Digits, CultureInfo.InvariantCulture, out int total)
            || total <= 0 || index <= 0)
        {
            return null;
        }

        var rest = line[(close + 1)..].Trim();
        int space = rest.IndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        UpgradeStep? step = rest[..space] switch
        {
            "Fetching" => UpgradeStep.Download,
            "Extracting" => UpgradeStep.Unpack,
            "Installing" => UpgradeStep.Install,
            "Upgrading" => UpgradeStep.Upgrade,
            "Downgrading" => UpgradeStep.Downgrade,
            "Reinstalling" => UpgradeStep.Reinstall,
            "Deinstalling" => UpgradeStep.Remove,
            _ => null,
        };
        if (step is not { } known)
        {
            return null;
        }

        var subject = rest[(space + 1)..];
        string? name, from = null, to = null;
        int fromAt = subject.IndexOf(" from ", StringComparison.Ordinal);
        int toAt = subject.IndexOf(" to ", StringComparison.Ordinal);
        if (fromAt > 0 && toAt > fromAt)
        {
            name = Token(subject[..fromAt]);
            from = Token(subject[(fromAt + 6)..toAt]);
            to = Token(subject[(toAt + 4)..]);
        }
        else if (PkgNameVersion.TrySplit(Token(subject) ?? "", out var n, out var v))
        {
            name = n;
            to = v;
        }
        else
        {
            return null;
        }

        if (name is null)
        {
            return null;
        }

        double percent = Math.Min(100.0, 100.0 * index / total);
        return new PkgProgressLine(index, total, known, name, from, to, percent, line.ToString());
    }

    /// <summary>The first word, cut before pkg's "..." or ": ....." and a ".pkg" archive suffix.</summary>
    private static string? Token(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        int end = text.IndexOfAny(' ', ':');
        text = end >= 0 ? text[..end] : text;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        text = dots >= 0 ? text[..dots] : text;
        foreach (var suffix in (ReadOnlySpan<string>)[".pkg", ".txz", ".tzst"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
            }
        }

        return PkgNameVersion.IsToken(text) ? text.ToString() : null;
    }
}
