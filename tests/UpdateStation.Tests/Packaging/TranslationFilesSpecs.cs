namespace UpdateStation.Tests.Packaging;

/// <summary>po/: every translation compiles cleanly, and the template holds what the sources and the desktop entries mark for translation.</summary>
public sealed class TranslationFilesSpecs : IDisposable
{
    private readonly StagingDirectory _work = new("po");

    public void Dispose() => _work.Dispose();

    public static TheoryData<string> Translations() => [.. ArtifactsTree.Languages()];

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Translations))]
    public async Task Translation_compiles_with_msgfmt_check_and_no_message_left_out(string language)
    {
        // Act
        StationResult result = await Tool.RunAsync(["msgfmt", "--check", "--statistics", "-o", "/dev/null", Repository.File("po", language + ".po")]);

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("untranslated", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("fuzzy", result.Stderr, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Template_lists_every_message_the_sources_mark_for_translation()
    {
        // Arrange: what po/update-pot extracts, into a scratch file (with its header: without one, xgettext drops non-ASCII like "…").
        string fresh = _work["fresh.pot"];
        string[] sources = [.. Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f))];

        // Act
        await Tool.RequireAsync(["xgettext", "--language=C#", "--from-code=UTF-8", "--keyword=", "--keyword=T:1", "--keyword=N:1,2", "-o", fresh, .. sources]);
        await Tool.RequireAsync(["xgettext", "--join-existing", "--language=Desktop", "-o", fresh, .. DesktopTemplates()]);
        string[] extracted = await MessageIdsAsync(fresh);
        string[] template = await MessageIdsAsync(Repository.File("po", "update-station.pot"));

        // Assert
        Assert.True(extracted.SequenceEqual(template), $"po/update-station.pot is out of date: run po/update-pot. New: {string.Join(" | ", extracted.Except(template))}; gone: {string.Join(" | ", template.Except(extracted))}");
    }

    [Fact(Timeout = 60_000)]
    public void Linguas_lists_every_translation_for_msgfmt_desktop()
    {
        // Act
        string[] listed = [.. File.ReadAllLines(Repository.File("po", "LINGUAS")).Where(l => l.Length > 0 && !l.StartsWith('#')).Order(StringComparer.Ordinal)];

        // Assert
        Assert.Equal(ArtifactsTree.Languages().Order(StringComparer.Ordinal), listed);
    }

    private static string[] DesktopTemplates() =>
        [.. Directory.EnumerateFiles(Repository.Packaging, "*.desktop.in").Order(StringComparer.Ordinal)];

    /// <summary>The msgids of a .po or .pot file, sorted (msgcat --sort-output puts each on one line).</summary>
    private async Task<string[]> MessageIdsAsync(string file)
    {
        string sorted = _work[Path.GetFileName(file) + ".sorted"];
        await Tool.RequireAsync(["msgcat", "--sort-output", "--no-wrap", "--no-location", "-o", sorted, file]);
        return [.. File.ReadAllLines(sorted).Where(l => l.StartsWith("msgid \"", StringComparison.Ordinal) && l != "msgid \"\"").Order(StringComparer.Ordinal)];
    }
}
