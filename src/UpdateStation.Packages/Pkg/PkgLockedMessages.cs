using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Finds current pkg's "name-version is locked and may not be modified" messages anywhere in a line.</summary>
/// <remarks>
/// Current pkg drops locked packages before planning and prints only this message, sometimes glued to the end of a
/// progress line ("Checking for upgrades (3 candidates): ..foo-1.0 is locked and may not be modified"). The package
/// is the run of name characters just before the phrase; leading progress dots are not part of it.
/// </remarks>
internal static class PkgLockedMessages
{
    public const string Phrase = " is locked and may not be modified";

    /// <summary>Adds every locked package named in the line to <paramref name="held"/>; returns how many the line named.</summary>
    public static int Collect(ReadOnlySpan<char> line, List<HeldPackage> held)
    {
        int found = 0;
        while (true)
        {
            int at = line.IndexOf(Phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return found;
            }

            int start = at;
            while (start > 0 && IsNameCharacter(line[start - 1]))
            {
                start--;
            }

            var who = line[start..at].TrimStart('.');
            if (PkgNameVersion.TrySplit(who, out var name, out var version))
            {
                found++;
                if (!held.Exists(h => h.Name == name))
                {
                    held.Add(new HeldPackage(name, version));
                }
            }

            line = line[(at + Phrase.Length)..];
        }
    }

    private static bool IsNameCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '+' or ',' or '@' or '~';
}
