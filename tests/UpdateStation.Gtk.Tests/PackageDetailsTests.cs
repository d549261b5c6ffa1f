namespace UpdateStation.Gtk.Tests;

public sealed class PackageDetailsTests
{
    [Fact]
    public void Of_SecurityUpgradeWithEverything_SaysEachField()
    {
        // Arrange
        PackageChange change = new(
            "openssl", ChangeAction.Upgrade, "3.0.1-1", "3.0.2-1", "bookworm-security", Security: true, Reason: "a new dependency of curl",
            DownloadBytes: 2 * 1024 * 1024, DiskChangeBytes: 3072, Summary: "Secure Sockets Layer toolkit",
            Description: "This package is part of the OpenSSL\nproject.\n\nIt contains the binary.", Homepage: "https://www.openssl.org/", Advisory: "DSA-5555-1");

        // Act
        PackageDetails details = PackageDetails.Of(change);

        // Assert
        Assert.Equal(
            [
                "openssl", "3.0.1-1 → 3.0.2-1", "Secure Sockets Layer toolkit", "Security update (DSA-5555-1)", "Why: a new dependency of curl",
                "Download 2.0 MiB · installed size +3.0 KiB", "From bookworm-security", "https://www.openssl.org/",
                "This package is part of the OpenSSL project.\n\nIt contains the binary.",
            ],
            details.Lines());
    }

    [Fact]
    public void Of_RemovalWithNothingKnown_SaysOnlyWhatGoes()
    {
        // Act
        PackageDetails details = PackageDetails.Of(new("legacy-codec", ChangeAction.Remove, "1.0", null, DiskChangeBytes: -2048));

        // Assert
        Assert.Equal(["legacy-codec", "To be removed: 1.0", "installed size −2.0 KiB"], details.Lines());
    }

    [Fact]
    public void Of_NamesWithControlCharacters_AreEscaped()
    {
        // Act
        PackageDetails details = PackageDetails.Of(new("x\u001b[31m", ChangeAction.Install, null, "1", Summary: "a\u202eb"));

        // Assert
        Assert.Equal("x\\e[31m", details.Title);
        Assert.Equal("a\\u202eb", details.Summary);
    }
}
