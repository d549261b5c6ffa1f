using System.Buffers;

namespace UpdateStation.Packages.Pkg;

/// <summary>pkg's "name-version" form: the name may contain hyphens, the version may not, so the last hyphen splits them.</summary>
internal static class PkgNameVersion
{
    private static readonly SearchValues<char> s_notInToken = SearchValues.Create(" \t()[]:");

    public static bool TrySplit(ReadOnlySpan<char> text, out string name, out string version)
    {
        name = version = "";
        int hyphen = text.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == text.Length - 1 || text.ContainsAny(s_notInToken))
        {
            return false;
        }

        name = text[..hyphen].ToString();
        version = text[(hyphen + 1)..].ToString();
        return true;
    }

    /// <summary>Whether the text can be a package name or version: non-empty, no white space, no brackets.</summary>
    public static bool IsToken(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.ContainsAny(s_notInToken) && !text.ContainsAnyInRange('\0', '\u001f');
}
