using System.Text;

namespace UpdateStation.Packages.Tests.Processes;

/// <summary>Output read in blocks is the text that reading it line by line gave: every line ending in '\n'.</summary>
public sealed class ProcessRunnerLinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("one line")]
    [InlineData("one line\n")]
    [InlineData("a\nb\n\nc")]
    [InlineData("a\r\nb\rc\r")]
    [InlineData("a\r\r\nb\n\r")]
    [InlineData("\uFEFFafter a byte order mark\n")]
    [InlineData("caf\u00e9 \u4e2d \ud83d\ude00\tend\f\u0085\u2028x\n")]
    public void Lines_AnyOutput_IsWhatLineByLineReadingGave(string output)
    {
        var bytes = Encoding.UTF8.GetBytes(output);

        var text = UpdateStation.Packages.Processes.ProcessRunner.Lines(bytes);

        Assert.Equal(LineByLine(bytes), text);
    }

    [Fact]
    public void Lines_InvalidUtf8_IsReplacedAsLineByLineReadingDid()
    {
        byte[] bytes = [0x61, 0xC3, 0x0A, 0xFF, 0xFE, 0x62, 0xE2, 0x82];

        var text = UpdateStation.Packages.Processes.ProcessRunner.Lines(bytes);

        Assert.Equal(LineByLine(bytes), text);
    }

    /// <summary>What ProcessRunner did before: a StreamReader as Process makes it, each line appended with '\n'.</summary>
    private static string LineByLine(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 4096);
        var all = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            all.Append(line).Append('\n');
        }

        return all.ToString();
    }
}
