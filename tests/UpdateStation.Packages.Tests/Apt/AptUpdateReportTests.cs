using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

/// <summary>Which sources `apt-get update` could not refresh, from its captured output (stdout, then stderr).</summary>
public sealed class AptUpdateReportTests
{
    [Fact]
    public void Parse_OneFlatSourceMissing_NamesItAndKeepsTheOther()
    {
        // Act
        var report = AptUpdateReport.Parse(Fixture.Read("apt-get-update-one-source-missing.txt"));

        // Assert
        var error = Assert.Single(report.SourceErrors);
        Assert.StartsWith("Failed to fetch file:/srv/apt/gone/./Packages File not found", error, StringComparison.Ordinal);
        Assert.Equal((false, null), (report.EverySourceFailed, report.OtherError));
    }

    [Fact]
    public void Parse_MirrorUnreachable_CountsAptsWarningAsTheSourcesFailure()
    {
        // Act: apt exits 0 here and says it only as "W: Failed to fetch".
        var report = AptUpdateReport.Parse(Fixture.Read("apt-get-update-mirror-unreachable.txt"));

        // Assert
        Assert.Contains("http://127.0.0.1:9/debian/dists/bookworm/InRelease", Assert.Single(report.SourceErrors), StringComparison.Ordinal);
        Assert.Equal((false, null), (report.EverySourceFailed, report.OtherError));
    }

    [Fact]
    public void Parse_NoReleaseFileAndUnsigned_EverySourceFailed()
    {
        // Act: neither source has an Err line for its failure in both cases; the E: lines name them.
        var report = AptUpdateReport.Parse(Fixture.Read("apt-get-update-every-source-failed.txt"));

        // Assert
        Assert.Equal(2, report.SourceErrors.Count);
        Assert.Equal((true, null), (report.EverySourceFailed, report.OtherError));
    }

    [Fact]
    public void Parse_MalformedSourcesList_IsAnotherError()
    {
        // Act
        var report = AptUpdateReport.Parse(Fixture.Read("apt-get-update-malformed.txt"));

        // Assert
        Assert.Empty(report.SourceErrors);
        Assert.StartsWith("Malformed entry 2 in list file", report.OtherError, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OneSuiteOfAMirrorFails_TheMirrorsOtherSuiteStillCounts()
    {
        // Arrange: one mirror, two suites; a notice about a legacy keyring is no failure.
        var output = """
            Hit:1 http://deb.debian.org/debian bookworm InRelease
            Err:2 http://deb.debian.org/debian bookworm-backports InRelease
              Could not resolve 'deb.debian.org'
            Reading package lists...
            W: http://deb.debian.org/debian/dists/bookworm/InRelease: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg).
            W: Failed to fetch http://deb.debian.org/debian/dists/bookworm-backports/InRelease  Could not resolve 'deb.debian.org'
            W: Some index files failed to download. They have been ignored, or old ones used instead.
            """;

        // Act
        var report = AptUpdateReport.Parse(output);

        // Assert
        Assert.Equal(["Failed to fetch http://deb.debian.org/debian/dists/bookworm-backports/InRelease Could not resolve 'deb.debian.org'"], report.SourceErrors);
        Assert.False(report.EverySourceFailed);
    }

    [Fact]
    public void Parse_EveryComponentOfTheOnlySourceFails_EverySourceFailed()
    {
        // Arrange
        var output = """
            Get:1 http://mirror.example/debian bookworm InRelease [151 kB]
            Err:2 http://mirror.example/debian bookworm/main amd64 Packages
              Hash Sum mismatch
            E: Failed to fetch http://mirror.example/debian/dists/bookworm/main/binary-amd64/Packages.xz  Hash Sum mismatch
            E: Some index files failed to download. They have been ignored, or old ones used instead.
            """;

        // Act
        var report = AptUpdateReport.Parse(output);

        // Assert
        Assert.Equal((1, true, null), (report.SourceErrors.Count, report.EverySourceFailed, report.OtherError));
    }

    [Fact]
    public void Parse_ErrLineWithoutAnErrorLine_StillNamesTheFailure()
    {
        // Arrange
        var output = """
            Hit:1 http://mirror.example/debian bookworm InRelease
            Err:2 http://other.example/debian bookworm InRelease
              Connection timed out
            """;

        // Act
        var report = AptUpdateReport.Parse(output);

        // Assert
        Assert.Equal(["http://other.example/debian bookworm InRelease: Connection timed out"], report.SourceErrors);
        Assert.False(report.EverySourceFailed);
    }
}
