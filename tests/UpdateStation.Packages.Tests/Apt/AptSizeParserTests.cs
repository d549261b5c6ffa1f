using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptSizeParserTests
{
    [Fact]
    public void Parse_CapturedPrintUris_ReadsAptsOwnFigures()
    {
        // Arrange
        var text = Fixture.Read("apt-get-print-uris.txt");

        // Act
        var sizes = AptSizeParser.Parse(text);

        // Assert
        Assert.Equal((0L, 0L), (sizes.DownloadBytes, sizes.DiskChangeBytes));
    }

    [Theory]
    [InlineData("Need to get 12.3 MB of archives.\nAfter this operation, 1024 kB of additional disk space will be used.\n", 12_300_000L, 1_024_000L)]
    [InlineData("Need to get 5268 B/12.3 kB of archives.\nAfter this operation, 45.1 kB disk space will be freed.\n", 5268L, -45_100L)]
    [InlineData("Reading package lists...\n", null, null)]
    public void Parse_SizeStatements_InBytes(string text, long? download, long? disk)
    {
        // Arrange, Act
        var sizes = AptSizeParser.Parse(text);

        // Assert
        Assert.Equal((download, disk), (sizes.DownloadBytes, sizes.DiskChangeBytes));
    }
}
