using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgSizeParserTests
{
    [Theory]
    [InlineData("512 B", 512L)]
    [InlineData("7 KiB", 7L * 1024)]
    [InlineData("12 MiB", 12L * 1024 * 1024)]
    [InlineData("2 GiB", 2L * 1024 * 1024 * 1024)]
    [InlineData("1 TiB", 1L << 40)]
    [InlineData("3 kB", 3L * 1024)]
    [InlineData("3 MB", 3L * 1024 * 1024)]
    [InlineData("4 GB", 4L * 1024 * 1024 * 1024)]
    [InlineData("1.5 MiB", 1572864L)]
    [InlineData("  45 MiB ", 45L * 1024 * 1024)]
    public void TryParse_SizeWithUnit_GivesBytesInPowersOf1024(string text, long expected)
    {
        // Act
        bool parsed = PkgSizeParser.TryParse(text, out long bytes);

        // Assert
        Assert.True(parsed);
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MiB")]
    [InlineData("12 parsecs")]
    [InlineData("twelve MiB")]
    [InlineData("99999999999999999999 PiB")]
    public void TryParse_NotASize_ReturnsFalse(string text)
    {
        // Act
        bool parsed = PkgSizeParser.TryParse(text, out _);

        // Assert
        Assert.False(parsed);
    }

    [Theory]
    [InlineData("45 MiB to be downloaded.", true, 45L * 1024 * 1024)]
    [InlineData("The process will require 12 MiB more space.", false, 12L * 1024 * 1024)]
    [InlineData("The operation will free 3 MiB.", false, -3L * 1024 * 1024)]
    [InlineData("the process will require 1 GiB more space.", false, 1L << 30)]
    public void TryReadSize_SizeLine_GivesKindAndSignedBytes(string line, bool isDownload, long expectedBytes)
    {
        // Act
        bool read = PkgPlanLines.TryReadSize(line, out var kind, out long bytes);

        // Assert
        Assert.True(read);
        Assert.Equal(isDownload, kind == PkgSizeKind.Download);
        Assert.Equal(expectedBytes, bytes);
    }
}
