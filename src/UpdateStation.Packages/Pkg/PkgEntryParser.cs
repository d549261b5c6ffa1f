using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Pkg;

/// <summary>Reads one TAB-indented entry of a pkg plan section, by its shape.</summary>
/// <remarks>
/// Shapes: "name: old -> new" (upgrade, downgrade), "name: version" (install, remove), "name-version" (reinstall),
/// each optionally followed, in any order, by " [repo]", " (reason)" and " (vulnerable!)".
/// </remarks>
internal static class PkgEntryParser
{
    private const string VulnerableMarker = "(vulnerable!)";
    private const string LockedPrefix = "Package ";
    private const string LockedUpgrade = " is locked and may not be upgraded to version ";

    /// <summary>Parses an entry of an update section; null when the line has no recognisable shape.</summary>
    public static PackageChange? ParseChange(ReadOnlySpan<char> entry, PkgSection section)
    {
        var core = StripDecorations(entry.Trim(), out var repository, out var reason, out var vulnerable);
        string name, current, next;
        int arrow = core.IndexOf(" -> ", StringComparison.Ordinal);
        if (arrow >= 0 && section is PkgSection.Upgrade or PkgSection.Downgrade)
        {
            if (!TrySplitColon(core[..arrow], out name, out current))
            {
                return null;
            }

            next = core[(arrow + 4)..].Trim().ToString();
        }
        else if (!TrySplitColon(core, out name, out current) && !PkgNameVersion.TrySplit(core, out name, out current))
        {
            return null;
        }
        else
        {
            next = current;
        }

        if (!PkgNameVersion.IsToken(name) || !PkgNameVersion.IsToken(current) || !PkgNameVersion.IsToken(next))
        {
            return null;
        }

        return section switch
        {
            PkgSection.Upgrade when arrow >= 0 => new(name, ChangeAction.Upgrade, current, next, repository, false, vulnerable, reason),
            PkgSection.Downgrade when arrow >= 0 => new(name, ChangeAction.Downgrade, current, next, repository, false, vulnerable, reason),
            PkgSection.Install => new(name, ChangeAction.Install, null, current, repository, false, vulnerable, reason),
            PkgSection.Reinstall => new(name, ChangeAction.Reinstall, current, current, repository, false, vulnerable, reason),
            PkgSection.Remove => new(name, ChangeAction.Remove, current, null, repository, false, vulnerable, reason),
            _ => null,
        };
    }

    /// <summary>Parses an entry of the LOCKED section; null when the line has no recognisable shape.</summary>
    public static HeldPackage? ParseLocked(ReadOnlySpan<char> entry)
    {
        var text = entry.Trim();
        int locked = text.IndexOf(LockedUpgrade, StringComparison.Ordinal);
        if (locked >= 0)
        {
            var who = text[..locked];
            who = who.StartsWith(LockedPrefix, StringComparison.Ordinal) ? who[LockedPrefix.Length..] : who;
            var available = text[(locked + LockedUpgrade.Length)..].Trim().TrimEnd('.');
            return PkgNameVersion.TrySplit(who, out var name, out var current) && PkgNameVersion.IsToken(available)
                ? new HeldPackage(name, current, available.ToString())
                : null;
        }

        var change = ParseChange(text, text.Contains(" -> ", StringComparison.Ordinal) ? PkgSection.Upgrade : PkgSection.Reinstall);
        return change is null ? null : new HeldPackage(change.Name, change.CurrentVersion, change.Action == ChangeAction.Upgrade ? change.NewVersion : null);
    }

    /// <summary>Takes " [repo]", " (reason)" and " (vulnerable!)" off the end, in whatever order they come.</summary>
    private static ReadOnlySpan<char> StripDecorations(ReadOnlySpan<char> text, out string? repository, out string? reason, out bool vulnerable)
    {
        repository = reason = null;
        vulnerable = false;
        while (true)
        {
            if (text.EndsWith(VulnerableMarker, StringComparison.Ordinal))
            {
                vulnerable = true;
                text = text[..^VulnerableMarker.Length].TrimEnd();
            }
            else if (text.EndsWith(']') && TryFindOpening(text, '[', ']', out int open) && repository is null)
            {
                repository = text[(open + 1)..^1].Trim().ToString();
                text = text[..open].TrimEnd();
            }
            else if (text.EndsWith(')') && TryFindOpening(text, '(', ')', out open) && reason is null)
            {
                reason = text[(open + 1)..^1].Trim().ToString();
                text = text[..open].TrimEnd();
            }
            else
            {
                return text;
            }
        }
    }

    /// <summary>Finds the bracket that opens the one closing the text; it must follow a space, not be the first character.</summary>
    private static bool TryFindOpening(ReadOnlySpan<char> text, char opening, char closing, out int index)
    {
        int depth = 0;
        for (index = text.Length - 1; index >= 0; index--)
        {
            if (text[index] == closing)
            {
                depth++;
            }
            else if (text[index] == opening && --depth == 0)
            {
                return index > 0 && text[index - 1] == ' ';
            }
        }

        return false;
    }

    private static bool TrySplitColon(ReadOnlySpan<char> text, out string name, out string version)
    {
        name = version = "";
        int colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        name = text[..colon].Trim().ToString();
        version = text[(colon + 2)..].Trim().ToString();
        return true;
    }
}
