using System.Text.RegularExpressions;

namespace UpdateStation.Tests.Packaging;

/// <summary>What `--help` of the published binary lists: its commands (recursively) and each one's options.</summary>
internal static partial class HelpText
{
    /// <summary>Every command path ("" for the root, "check", ...) with the option spellings its help prints.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CollectAsync()
    {
        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out string[]? path))
        {
            StationResult help = await Tool.RequireAsync([StationBinary.Path, .. path, "--help"]);
            found[string.Join(' ', path)] = [.. Section(help.Stdout, "Options:").SelectMany(line => OptionLine().Match(line) is { Success: true } m
                ? m.Groups["names"].Value.Split(", ") : [])];
            foreach (string line in Section(help.Stdout, "Commands:"))
            {
                if (CommandLine().Match(line) is { Success: true } command)
                {
                    pending.Enqueue([.. path, command.Groups["name"].Value]);
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(l => l.TrimEnd() != heading).Skip(1).TakeWhile(l => l.Trim().Length > 0);

    // "  -?, -h, --help   Show help..." or "  --backend <apt|pkg>  ...": names at an indent of exactly two spaces.
    [GeneratedRegex(@"^  (?<names>-[^\s,]+(?:, -[^\s,]+)*)(?:\s|$)")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^  (?<name>[a-z][a-z0-9-]*)(?:\s|$)")]
    private static partial Regex CommandLine();
}
