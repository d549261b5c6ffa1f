namespace UpdateStation.Gtk.Tests;

public sealed class ChangelogTextTests
{
    [Fact]
    public void Of_Entries_KeepsTheirLinesAndEscapesEachOne()
    {
        // Act
        string text = ChangelogText.Of(new Changelog("pkg (1.1-1) stable; urgency=medium\n\n  * Fix \u001b[1m.\n", null, null, null));

        // Assert
        Assert.Equal("pkg (1.1-1) stable; urgency=medium\n\n  * Fix \\e[1m.", text);
    }

    [Fact]
    public void Of_NoEntries_SaysWhyAndWhereToLook()
    {
        // Act
        string text = ChangelogText.Of(new Changelog(null, "https://www.mozilla.org/", "www/firefox", "pkg keeps no changelogs."));

        // Assert
        Assert.Equal("pkg keeps no changelogs.\nBuilt from the port www/firefox\nHomepage: https://www.mozilla.org/", text);
    }
}
