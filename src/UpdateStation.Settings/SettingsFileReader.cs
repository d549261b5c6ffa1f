using Tomlyn.Parsing;
using UpdateStation.Posix;

namespace UpdateStation.Settings;

/// <summary>
/// Applies one settings.toml over the values read so far. Whatever is wrong (syntax, an unknown key, a value of the
/// wrong type or out of range, a [helper] table where it is not allowed) is one warning naming the file, the line
/// and the key, and only that key is ignored: the rest of the file still counts. Only text the TOML library throws on
/// (<see cref="SettingsFileException"/>) makes the whole file not count.
/// </summary>
internal static class SettingsFileReader
{
    /// <param name="helperAllowed">Null where the [helper] and [automatic] tables have no place (a user's file); else whether this one's count.</param>
    /// <exception cref="SettingsFileException">
    /// The TOML library failed on the text (a nesting deeper than it allows, or any other exception of its own): then
    /// nothing of the file counts, and none of its other warnings are given.
    /// </exception>
    public static void Apply(
        string path, string text, SettingSource source, Func<bool>? helperAllowed, IDictionary<string, SettingValue> values, Action<string> warn)
    {
        var read = new Dictionary<string, SettingValue>(StringComparer.Ordinal);
        var warnings = new List<string>();
        try
        {
            Read(path, text, source, helperAllowed, read, warnings.Add);
        }
        catch (Exception ex) when (ex is not SettingsFileException and not PosixException)
        {
            // The file's text is anyone's; whatever the library throws on it (TomlException for a nesting deeper than
            // 64, and its bugs) is a fact about this file, which is then ignored as a whole rather than half applied.
            throw new SettingsFileException(path, ex);
        }

        foreach (var (key, value) in read)
        {
            // One ignore list: a user's entries add to the system's, they never drop one.
            values[key] = key == "ignore" && values.TryGetValue(key, out var before) && before.Value is string[] { Length: > 0 } earlier
                ? value with { Value = earlier.Union((string[])value.Value!, StringComparer.Ordinal).ToArray() }
                : value;
        }

        // One line each: a quoted key, or the library's message, may hold a line break of the file.
        warnings.ForEach(w => warn(w.ReplaceLineEndings("\\n")));
    }

    private static void Read(
        string path, string text, SettingSource source, Func<bool>? helperAllowed, IDictionary<string, SettingValue> values, Action<string> warn)
    {
        // The syntax tree alone, never the reflection serializer: NativeAOT keeps no metadata for it.
        DocumentSyntax document = SyntaxParser.Parse(text, path, true);
        var brokenLines = new HashSet<int>();
        foreach (DiagnosticMessage error in document.Diagnostics.Where(d => d.Kind == DiagnosticMessageKind.Error))
        {
            int line = error.Span.Start.Line;
            if (brokenLines.Add(line))
            {
                string? key = AllKeyValues(document).Where(kv => kv.Span.Start.Line == line).Select(KeyName).FirstOrDefault();
                warn(key is null ? $"{path}:{line + 1}: {Sentence(error.Message)} It is ignored." : $"{path}:{line + 1}: {key}: {Sentence(error.Message)} It is ignored.");
            }
        }

        foreach (KeyValueSyntax item in document.KeyValues)
        {
            ApplyKey(item, SettingKeys.TopLevel, "", path, source, values, brokenLines, warn);
        }

        foreach (TableSyntaxBase table in document.Tables)
        {
            int line = table.Span.Start.Line + 1;
            string name = table.Name?.ToString().Trim() ?? "";
            IReadOnlyList<SettingDefinition>? keys = SettingKeys.Tables.FirstOrDefault(t => t.Name == name).Keys;
            if (table is not TableSyntax || keys is null)
            {
                warn($"{path}:{line}: [{name}]: there is no such table. It is ignored.");
            }
            else if (helperAllowed is null)
            {
                warn(name == SettingKeys.HelperTable
                    ? $"{path}:{line}: [{name}]: the helper's settings are read from the system settings file only. They are ignored."
                    : $"{path}:{line}: [{name}]: automatic updates are set in the system settings file only. They are ignored.");
            }
            else if (!helperAllowed())
            {
                continue;
            }
            else
            {
                foreach (KeyValueSyntax item in table.Items)
                {
                    ApplyKey(item, keys, name + ".", path, source, values, brokenLines, warn);
                }
            }
        }
    }

    private static void ApplyKey(
        KeyValueSyntax item, IReadOnlyList<SettingDefinition> keys, string prefix, string path, SettingSource source,
        IDictionary<string, SettingValue> values, HashSet<int> brokenLines, Action<string> warn)
    {
        int line = item.Span.Start.Line;
        if (brokenLines.Contains(line))
        {
            return;
        }

        string name = KeyName(item);
        SettingDefinition? definition = keys.FirstOrDefault(k => k.Name == name);
        if (definition is null)
        {
            warn($"{path}:{line + 1}: {prefix}{name}: there is no such setting. It is ignored.");
            return;
        }

        object? value = item.Value is null ? null : definition.Read(item.Value);
        if (value is null && definition.Invalid is { } instead)
        {
            warn($"{path}:{line + 1}: {prefix}{name}: expected {definition.Expected}, found {item.Value?.ToString()?.Trim() ?? "nothing"}. It stands for none until it is corrected.");
            values[prefix + name] = new SettingValue(instead, source, path);
            return;
        }

        if (value is null)
        {
            warn($"{path}:{line + 1}: {prefix}{name}: expected {definition.Expected}, found {item.Value?.ToString()?.Trim() ?? "nothing"}. It is ignored.");
            return;
        }

        values[prefix + name] = new SettingValue(value, source, path);
    }

    private static IEnumerable<KeyValueSyntax> AllKeyValues(DocumentSyntax document) =>
        document.KeyValues.Concat(document.Tables.SelectMany(t => t.Items));

    private static string KeyName(KeyValueSyntax item) => item.Key?.ToString()?.Trim() ?? "";

    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";
}
