namespace UpdateStation.Posix.Tests;

public sealed class CatalogUntranslatedTests
{
    [Fact]
    public void T_NoTranslation_ReturnsTheMsgidIntact()
    {
        // Arrange: gettext hands back the very msgid pointer it was given when nothing translates it, so a msgid in a
        // buffer freed before the result was read came back as garbage (seen in a tooltip: "\n\xEF\xBF\xBD6~").
        var msgids = Enumerable.Range(0, 2000).Select(i => $"Last good check: Nov {i % 28} 12:{i % 60:00} ({i})").ToList();

        // Act
        var results = msgids.Select(m => Catalog.T(m)).ToList();

        // Assert
        Assert.Equal(msgids, results);
    }

    [Fact]
    public void N_NoTranslation_ReturnsTheEnglishFormIntact()
    {
        // Act
        var results = Enumerable.Range(0, 2000).Select(i => Catalog.N("{0} update waits here", "{0} updates wait here", i)).ToList();

        // Assert
        Assert.Equal(Enumerable.Range(0, 2000).Select(i => i == 1 ? "1 update waits here" : $"{i} updates wait here"), results);
    }
}
