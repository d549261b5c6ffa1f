using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>Whatever text pkg (or something posing as it) prints, the parsers answer or reject it; they never crash.</summary>
public sealed class PkgParserPropertyTests
{
    private static readonly string[] s_realLines = LoadRealLines();

    [Property(MaxTest = 500)]
    public void Parse_ArbitraryText_ReturnsOrThrowsBackendException(string? text) =>
        AssertReturnsOrRejects(() => PkgOutputParser.Parse(text ?? ""));

    [Property(MaxTest = 500)]
    public Property Parse_MixturesOfRealLines_ReturnsOrThrowsBackendException() =>
        Prop.ForAll(LineMixtures().ToArbitrary(), text => AssertReturnsOrRejects(() => PkgOutputParser.Parse(text)));

    [Property(MaxTest = 500)]
    public Property Parse_MixturesOfRealLines_NeverOffersAHeldPackageOrABlankName() =>
        Prop.ForAll(LineMixtures().ToArbitrary(), text =>
        {
            try
            {
                var plan = PkgOutputParser.Parse(text);
                return plan.Updates.All(u => u.Name.Length > 0 && !u.Name.Any(char.IsWhiteSpace))
                    && plan.Held.All(h => h.Name.Length > 0);
            }
            catch (BackendException)
            {
                return true;
            }
        });

    [Property(MaxTest = 500)]
    public void ParseProgress_ArbitraryText_ReturnsWithoutThrowing(string? line)
    {
        var parsed = PkgProgressParser.Parse(line ?? "");
        Assert.True(parsed is null || parsed.Value.Percent is >= 0 and <= 100);
    }

    [Property(MaxTest = 300)]
    public Property ParseProgress_MangledRealLines_ReturnsWithoutThrowing() =>
        Prop.ForAll(Mangled().ToArbitrary(), line => PkgProgressParser.Parse(line) is null or { Percent: >= 0 and <= 100 });

    [Property(MaxTest = 500)]
    public bool ParseSize_ArbitraryText_ReturnsWithoutThrowing(string? text) =>
        !PkgSizeParser.TryParse(text ?? "", out long bytes) || bytes >= 0;

    [Property(MaxTest = 300)]
    public Property ParseEntry_MangledRealLines_ReturnsWithoutThrowing() =>
        Prop.ForAll(Mangled().ToArbitrary(), line =>
            Enum.GetValues<PkgSection>().All(section => PkgEntryParser.ParseChange(line, section) is null or { Name.Length: > 0 })
            && PkgEntryParser.ParseLocked(line) is null or { Name.Length: > 0 });

    /// <summary>Real lines in any order and number, some cut short, some glued to the next.</summary>
    private static Gen<string> LineMixtures() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(s_realLines), Mangled(), Gen.Constant(""), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
            .Select(lines => string.Join("\n", lines));

    private static Gen<string> Mangled() =>
        from line in Gen.Elements(s_realLines)
        from cut in Gen.Choose(0, line.Length)
        from glue in Gen.Elements(s_realLines)
        from kind in Gen.Choose(0, 2)
        select kind switch { 0 => line[..cut], 1 => line[..cut] + glue, _ => line.Insert(cut, "\t") };

    private static string[] LoadRealLines() =>
        [.. Directory.GetFiles(Path.GetDirectoryName(Fixture.PathOf("x"))!, "*.txt")
            .SelectMany(File.ReadAllLines)
            .Distinct()];

    private static void AssertReturnsOrRejects(Action parse)
    {
        try
        {
            parse();
        }
        catch (BackendException ex)
        {
            Assert.DoesNotContain('\n', ex.Message);
        }
    }
}
