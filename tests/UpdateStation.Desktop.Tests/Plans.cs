namespace UpdateStation.Desktop.Tests;

/// <summary>Plans written the short way: "openssl 3.0.15!, vim 9.1, -legacy-codec" (a trailing ! marks a security update, a leading - a removal).</summary>
internal static class Plans
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    public static UpdatePlan Of(string updates, DateTimeOffset? checkedAt = null) => new(
        "apt",
        checkedAt ?? Noon,
        [.. updates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Change)],
        []);

    private static PackageChange Change(string text)
    {
        if (text.StartsWith('-'))
        {
            return new PackageChange(text[1..], ChangeAction.Remove, "1.0", null);
        }

        var security = text.EndsWith('!');
        var parts = text.TrimEnd('!').Split(' ');
        return new PackageChange(parts[0], ChangeAction.Upgrade, "0", parts[1], "stable", Security: security);
    }
}
