namespace UpdateStation.Packages.Apt;

/// <summary>Splits a Debian Description field into its summary and its long description (deb-control(5)).</summary>
/// <remarks>
/// The first line is the summary. In the rest each line starts with a space: " ." is a blank line, a line starting with
/// two spaces is shown verbatim, and the other lines are words to be wrapped: they are joined with spaces into
/// paragraphs, which are separated by blank lines.
/// </remarks>
internal static class AptDescription
{
    public static (string? Summary, string? Description) Split(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return (null, null);
        }

        var lines = field.Split('\n');
        var summary = lines[0].Trim();
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        var lastIsProse = false;
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.Length > 0 && raw[0] is ' ' or '\t' ? raw[1..] : raw;
            if (line.TrimEnd() == ".")
            {
                Flush(paragraphs, paragraph);
                lastIsProse = false;
            }
            else if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                paragraph.Add(line.TrimEnd());
                lastIsProse = false;
            }
            else if (line.Trim().Length > 0)
            {
                if (lastIsProse)
                {
                    paragraph[^1] += " " + line.Trim();
                }
                else
                {
                    paragraph.Add(line.Trim());
                }

                lastIsProse = true;
            }
        }

        Flush(paragraphs, paragraph);
        var description = string.Join("\n\n", paragraphs);
        return (summary.Length > 0 ? summary : null, description.Length > 0 ? description : null);
    }

    private static void Flush(List<string> paragraphs, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            paragraphs.Add(string.Join('\n', paragraph));
            paragraph.Clear();
        }
    }
}
