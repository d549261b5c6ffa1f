namespace UpdateStation.Gtk.Tests;

public sealed class WindowSizingTests
{
    [Fact]
    public void Fit_ManyRows_StaysWithinTheScreen()
    {
        // Act
        (int width, int height) = WindowSizing.Fit(columnsWidth: 3000, rows: 2000, rowHeight: 24, chrome: 480, workWidth: 1280, workHeight: 1000);

        // Assert
        Assert.Equal((1152, 900), (width, height));
    }

    [Fact]
    public void Fit_FewRows_IsAsBigAsTheContentButNeverTiny()
    {
        // Act
        (int width, int height) = WindowSizing.Fit(columnsWidth: 700, rows: 8, rowHeight: 24, chrome: 480, workWidth: 1920, workHeight: 1080);

        // Assert
        Assert.Equal((748, 672), (width, height));
    }

    [Theory]
    [InlineData("900 640\n", 900, 640)]
    [InlineData(" 1024  700 ", 1024, 700)]
    public void Parse_WhatFormatWrites_ReadsBack(string text, int width, int height)
    {
        // Act
        (int Width, int Height)? size = WindowSizing.Parse(text);

        // Assert
        Assert.Equal((width, height), size);
        Assert.Equal($"{width} {height}\n", WindowSizing.Format(width, height));
    }

    [Theory]
    [InlineData("")]
    [InlineData("900")]
    [InlineData("-1 400")]
    [InlineData("900 640 1")]
    [InlineData("abc def")]
    public void Parse_AnythingElse_IsNoSize(string text)
    {
        // Act
        (int Width, int Height)? size = WindowSizing.Parse(text);

        // Assert
        Assert.Null(size);
    }

    [Fact]
    public void Within_ARememberedSizeLargerThanTheScreen_IsCutToIt()
    {
        // Act
        (int Width, int Height)? size = WindowSizing.Within((3000, 2000), 1280, 800);

        // Assert
        Assert.Equal((1280, 800), size);
    }
}
