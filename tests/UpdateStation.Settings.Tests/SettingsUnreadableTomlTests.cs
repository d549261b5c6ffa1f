using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Xunit;

namespace UpdateStation.Settings.Tests;

/// <summary>
/// Text the TOML library throws on (a 65-deep array crashed every command): one line naming the
/// file, the file ignored as a whole, the other file still read. The root helper's load refuses it instead.
/// </summary>
public sealed class SettingsUnreadableTomlTests : IDisposable
{
    private readonly SettingsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Nesting past the library's limit of 64, in each of TOML's containers and in the places a key can be.</summary>
    public static TheoryData<string> TooDeep => new(
        "x = " + new string('[', 65) + new string(']', 65),
        "check-interval-minutes = " + new string('[', 65) + new string(']', 65),
        "x = " + string.Concat(Enumerable.Repeat("{a = ", 65)) + "1" + new string('}', 65),
        "x = " + string.Concat(Enumerable.Repeat("[{a = ", 40)) + "1" + string.Concat(Enumerable.Repeat("}]", 40)),
        "[helper]\npath = " + new string('[', 65) + new string(']', 65),
        "x = " + new string('[', 200_000) + new string(']', 200_000),
        "x = " + new string('[', 200_000));

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Load_UserFileNestedDeeperThanTheLibraryAllows_IsOneLineAndIgnoredAsAWhole(string deep)
    {
        // Act: a good line before the bad one must not count either.
        StationSettings settings = _folder.Load(system: "notifications = \"security\"\n", user: "check-interval-minutes = 720\n" + deep + "\n");

        // Assert
        string warning = Assert.Single(_folder.Warnings);
        Assert.Matches($@"^{Regex.Escape(_folder.UserFile)}: not readable as TOML \([^\n]+\)\. Its settings are ignored\.$", warning);
        Assert.Equal(360, settings.CheckIntervalMinutes);
        Assert.Equal(new SettingValue("security", SettingSource.System, _folder.SystemFile), settings["notifications"]);
    }

    [Fact]
    public void Load_The135ByteFileOfTheIssue_SaysWhatTheLimitIs()
    {
        // Arrange
        string deep = "x = " + new string('[', 65) + new string(']', 65) + "\n";
        Assert.Equal(135, Encoding.UTF8.GetByteCount(deep));

        // Act
        _folder.Load(user: deep);

        // Assert
        Assert.Equal(
            $"{_folder.UserFile}: not readable as TOML (the maximum depth of 64 has been exceeded). Its settings are ignored.",
            Assert.Single(_folder.Warnings));
    }

    [Fact]
    public void Load_SystemFileNestedTooDeep_IsIgnoredAndTheUsersFileStillCounts()
    {
        // Act
        StationSettings settings = _folder.Load(system: "x = " + new string('[', 65) + new string(']', 65) + "\n", user: "check-interval-minutes = 60\n");

        // Assert
        Assert.StartsWith($"{_folder.SystemFile}: not readable as TOML (", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
        Assert.Equal(new SettingValue(60, SettingSource.User, _folder.UserFile), settings["check-interval-minutes"]);
    }

    [Fact]
    public void Load_SixtyFourDeep_IsStillReadAsAValueOfTheWrongType()
    {
        // Act
        StationSettings settings = _folder.Load(user: "check-interval-minutes = " + new string('[', 63) + new string(']', 63) + "\n");

        // Assert
        Assert.Contains("check-interval-minutes: expected a whole number", Assert.Single(_folder.Warnings), StringComparison.Ordinal);
        Assert.Equal(360, settings.CheckIntervalMinutes);
    }

    [Fact]
    public void LoadForHelper_FileNestedTooDeep_ThrowsNamingTheFile()
    {
        // Arrange
        File.WriteAllText(_folder.SystemFile, "boot-environments = false\nx = " + new string('[', 65) + new string(']', 65) + "\n");

        // Act
        var error = Assert.Throws<SettingsFileException>(() => SettingsLoader.LoadForHelper(_folder.SystemFile, _folder.Warnings.Add));

        // Assert
        Assert.Equal(_folder.SystemFile, error.Path);
        Assert.StartsWith($"{_folder.SystemFile}: not readable as TOML (", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Warnings);
    }

    /// <summary>Odd but shallow text: the library reports it as diagnostics (a warning per line), never throws.</summary>
    [Theory]
    [InlineData("check-interval-minutes = 99999999999999999999999")]
    [InlineData("check-interval-minutes = 1e99999")]
    [InlineData("check-interval-minutes = 0x7FFFFFFFFFFFFFFFFF")]
    [InlineData("check-interval-minutes = 1979-05-27T07:32:00Z")]
    [InlineData("notifications = \"\\uD800\"")]
    [InlineData("notifications = \"\\U0011FFFF\"")]
    [InlineData("notifications = \"a\0b\"")]
    [InlineData("\uFEFFnotifications = \"all\"\r\rx=1")]
    [InlineData("[a]\n[a]\n[[a]]\na.b = 1\na.b.c = 2")]
    [InlineData("[helper]\n[helper]\n[helper.path]\npath = 1")]
    [InlineData("\"\"\"\n'''\n")]
    [InlineData("x = \"unterminated")]
    [InlineData("\"}\n\"{\na")]
    [InlineData("x = [1, \"two\", {a = 3}, [4]]")]
    public void Load_OddShallowText_NeverThrowsAndEachWarningIsOneLineNamingTheFile(string text)
    {
        // Act
        _folder.Load(user: text + "\n");

        // Assert
        Assert.All(_folder.Warnings, w => Assert.StartsWith(_folder.UserFile + ":", w, StringComparison.Ordinal));
        Assert.All(_folder.Warnings, w => Assert.DoesNotContain('\n', w));
    }

    [Fact]
    public void Load_LongDottedKeysAndTableNames_NeverThrow()
    {
        // Arrange: dotted keys and headers are paths, not nesting the parser counts.
        string dotted = string.Join('.', Enumerable.Repeat("a", 20_000));

        // Act
        _folder.Load(user: $"{dotted} = 1\n[{dotted}]\nb = 2\n");

        // Assert
        Assert.NotEmpty(_folder.Warnings);
        Assert.All(_folder.Warnings, w => Assert.StartsWith(_folder.UserFile + ":", w, StringComparison.Ordinal));
    }

    private static readonly string[] s_shapes =
    [
        "[", "]", "{", "}", "[[", "]]", "=", ".", ",", "\"", "'", "\"\"\"", "'''", "\\u", "#", "\n", "\r\n", " ", "\t",
        "check-interval-minutes", "notifications", "backend", "[helper]", "path", "apt-config", "true", "1979-05-27", "+inf",
        "nan", "0x", "0o", "0b", "_", "1e5", "-", "\0", "\uFEFF",
    ];

    [Property(MaxTest = 300)]
    public bool Load_ArbitraryTextWithTomlPieces_NeverThrowsAndWarnsInOneLinesNamingTheFile(string text, int[] pieces, byte depth)
    {
        // Arrange: a fresh folder each time (the class's would collect every case's warnings).
        using var folder = new SettingsFolder();
        string mixed = Mix(text, pieces);
        mixed = mixed.Insert((int)((uint)depth % (uint)(mixed.Length + 1)), new string(depth % 2 == 0 ? '[' : '{', depth % 80));

        // Act
        folder.Load(user: mixed);

        // Assert
        return folder.Warnings.All(w => w.StartsWith(folder.UserFile + ":", StringComparison.Ordinal) && !w.Contains('\n', StringComparison.Ordinal));
    }

    private static string Mix(string? text, int[]? pieces)
    {
        var result = text ?? "";
        foreach (var piece in pieces ?? [])
        {
            var at = result.Length == 0 ? 0 : (int)((uint)piece % (uint)result.Length);
            result = result.Insert(at, s_shapes[(int)((uint)piece % s_shapes.Length)]);
        }

        return result;
    }
}
