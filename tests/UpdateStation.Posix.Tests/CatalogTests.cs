namespace UpdateStation.Posix.Tests;

/// <summary>Catalog without a catalogue for the test host (none beside it): English msgids, formatted invariantly.</summary>
public sealed class CatalogTests
{
    [Theory]
    [InlineData(1, "1 upgrade: a")]
    [InlineData(0, "0 upgrades: a")]
    [InlineData(2, "2 upgrades: a")]
    [InlineData(1_000_000, "1000000 upgrades: a")]
    public void N_WithoutTranslation_PicksTheEnglishFormByCountAndFormatsIt(long n, string expected)
    {
        // Act
        string text = Catalog.N("{0} upgrade: {1}", "{0} upgrades: {1}", n, "a");

        // Assert
        Assert.Equal(expected, text);
    }

    [Fact]
    public void T_WithArguments_FormatsWithTheInvariantCulture()
    {
        // Act
        string text = Catalog.T("{0} of {1}", 1.5, "x");

        // Assert
        Assert.Equal("1.5 of x", text);
    }

    [Fact]
    public void T_WithoutTranslation_ReturnsTheMessageItself()
    {
        // Act
        string text = Catalog.T("Up to date: no updates available.");

        // Assert
        Assert.Equal("Up to date: no updates available.", text);
    }
}
