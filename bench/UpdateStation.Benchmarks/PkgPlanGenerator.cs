using System.Globalization;
using System.Text;

namespace UpdateStation.Benchmarks;

/// <summary>Writes a `pkg upgrade -n` plan of any size with every section, repository suffixes, reasons and markers.</summary>
public static class PkgPlanGenerator
{
    public static string Generate(int packages)
    {
        var text = new StringBuilder()
            .AppendLine("Updating FreeBSD repository catalogue...")
            .AppendLine("FreeBSD repository is up to date.")
            .AppendLine("All repositories are up to date.")
            .AppendLine(CultureInfo.InvariantCulture, $"Checking for upgrades ({packages} candidates): .......... done")
            .AppendLine(CultureInfo.InvariantCulture, $"The following {packages} package(s) will be affected (of 0 checked):")
            .AppendLine();
        int each = packages / 5;
        Section(text, "New packages to be INSTALLED:", each, i => $"\tpy311-lib{i}-extra: {i}.0.{i % 7}_1 [FreeBSD]");
        Section(text, "Installed packages to be UPGRADED:", each, i => $"\tp5-Some-Module{i}: 1.{i}_2,1 -> 1.{i + 1}_1,1 [FreeBSD]{(i % 50 == 0 ? " (vulnerable!)" : "")}");
        Section(text, "Installed packages to be DOWNGRADED:", each, i => $"\tgtk+{i}: 3.24.{i}_2 -> 3.24.{i}_1 [FreeBSD-kmods]");
        Section(text, "Installed packages to be REINSTALLED:", each, i => $"\tlibfoo_{i}-2.{i}.b [FreeBSD] (direct dependency changed: dep{i} (added))");
        Section(text, "Installed packages to be REMOVED:", packages - 4 * each, i => $"\told-tool.{i}: 0.{i} (conflicts with tool{i})");
        return text
            .AppendLine(CultureInfo.InvariantCulture, $"Number of packages to be upgraded: {each}")
            .AppendLine()
            .AppendLine("The process will require 1234 MiB more space.")
            .AppendLine("3 GiB to be downloaded.")
            .ToString();
    }

    private static void Section(StringBuilder text, string title, int count, Func<int, string> entry)
    {
        text.AppendLine(title);
        for (int i = 0; i < count; i++)
        {
            text.AppendLine(entry(i));
        }

        text.AppendLine();
    }
}
