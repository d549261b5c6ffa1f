using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class DebianChangelogTests
{
    private const string Text = """
        beta (1:2.0-1) unstable; urgency=medium

          * Epoch bump.

         -- A <a@example.invalid>  Mon, 01 Jun 2026 10:00:00 +0000

        beta (2.0~rc1-1) unstable; urgency=low

          * Release candidate.

         -- A <a@example.invalid>  Mon, 01 May 2026 10:00:00 +0000

        beta (1.9-1) unstable; urgency=low

          * The installed one.

         -- A <a@example.invalid>  Mon, 01 Apr 2026 10:00:00 +0000

        """;

    [Theory]
    [InlineData("1.9-1", "1:2.0-1,2.0~rc1-1")]
    [InlineData("2.0-1", "1:2.0-1")]
    [InlineData("1:2.0-1", "")]
    [InlineData(null, "1:2.0-1,2.0~rc1-1,1.9-1")]
    public void Newer_KeepsTheEntriesNewerThanTheInstalledVersionAsDpkgComparesThem(string? installed, string expected)
    {
        // Act
        var entries = DebianChangelog.Newer(Text, installed);

        // Assert
        var versions = entries is null ? [] : entries.Split('\n').Where(l => l.StartsWith("beta (", StringComparison.Ordinal)).Select(l => l[6..l.IndexOf(')', StringComparison.Ordinal)]);
        Assert.Equal(expected, string.Join(',', versions));
    }

    [Fact]
    public void Newer_NoneNewer_IsNull()
    {
        // Act, Assert
        Assert.Null(DebianChangelog.Newer(Text, "2:0.1-1"));
    }
}
