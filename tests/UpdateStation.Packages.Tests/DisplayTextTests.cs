namespace UpdateStation.Packages.Tests;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("vim", "vim")]
    [InlineData("rtl\u202Egnp.exe", @"rtl\u202egnp.exe")]
    [InlineData("a\u2066b\u2069c\u200Fd\u061Ce", @"a\u2066b\u2069c\u200fd\u061ce")]
    [InlineData("line\u2028next", @"line\u2028next")]
    [InlineData("\u001b[31mred\u0007", @"\e[31mred\x07")]
    [InlineData("tab\tnew\nline\r", @"tab\tnew\nline\r")]
    [InlineData("csi\u009bdel\u007f", @"csi\x9bdel\x7f")]
    [InlineData("שלום עולם", "שלום עולם")]
    public void Escape_ControlAndBidiCharacters_AreShownNotObeyed(string text, string shown) =>
        Assert.Equal(shown, DisplayText.Escape(text));

    [Fact]
    public void Escape_TextWithoutThem_IsTheSameString()
    {
        var text = "libssl3 3.0.15-1~deb12u1";

        Assert.Same(text, DisplayText.Escape(text));
    }
}
