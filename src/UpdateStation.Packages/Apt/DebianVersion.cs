namespace UpdateStation.Packages.Apt;

/// <summary>Compares Debian version strings ([epoch:]upstream[-revision]) the way dpkg does.</summary>
/// <remarks>See deb-version(7): '~' sorts before everything, even the end of the string; letters sort before other characters.</remarks>
internal static class DebianVersion
{
    public static int Compare(string left, string right)
    {
        var (leftEpoch, leftUpstream, leftRevision) = Split(left);
        var (rightEpoch, rightUpstream, rightRevision) = Split(right);
        var byEpoch = leftEpoch.CompareTo(rightEpoch);
        if (byEpoch != 0)
        {
            return byEpoch;
        }

        var byUpstream = ComparePart(leftUpstream, rightUpstream);
        return byUpstream != 0 ? byUpstream : ComparePart(leftRevision, rightRevision);
    }

    private static (long Epoch, string Upstream, string Revision) Split(string version)
    {
        long epoch = 0;
        var colon = version.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && long.TryParse(version.AsSpan(0, colon), System.Globalization.NumberStyles.None, null, out var parsed))
        {
            epoch = parsed;
            version = version[(colon + 1)..];
        }

        var hyphen = version.LastIndexOf('-');
        return hyphen >= 0 ? (epoch, version[..hyphen], version[(hyphen + 1)..]) : (epoch, version, "");
    }

    private static int ComparePart(string left, string right)
    {
        int i = 0, j = 0;
        while (i < left.Length || j < right.Length)
        {
            // The non-digit run, character by character.
            while ((i < left.Length && !char.IsAsciiDigit(left[i])) || (j < right.Length && !char.IsAsciiDigit(right[j])))
            {
                var l = i < left.Length && !char.IsAsciiDigit(left[i]) ? Order(left[i]) : 0;
                var r = j < right.Length && !char.IsAsciiDigit(right[j]) ? Order(right[j]) : 0;
                if (l != r)
                {
                    return l < r ? -1 : 1;
                }

                i++;
                j++;
            }

            // The digit run, numerically (leading zeros ignored).
            while (i < left.Length && left[i] == '0')
            {
                i++;
            }

            while (j < right.Length && right[j] == '0')
            {
                j++;
            }

            var firstDifference = 0;
            while (i < left.Length && char.IsAsciiDigit(left[i]) && j < right.Length && char.IsAsciiDigit(right[j]))
            {
                if (firstDifference == 0)
                {
                    firstDifference = left[i] - right[j];
                }

                i++;
                j++;
            }

            if (i < left.Length && char.IsAsciiDigit(left[i]))
            {
                return 1;
            }

            if (j < right.Length && char.IsAsciiDigit(right[j]))
            {
                return -1;
            }

            if (firstDifference != 0)
            {
                return firstDifference < 0 ? -1 : 1;
            }
        }

        return 0;
    }

    private static int Order(char c) => c switch
    {
        '~' => -1,
        _ when char.IsAsciiLetter(c) => c,
        _ => c + 256,
    };
}
