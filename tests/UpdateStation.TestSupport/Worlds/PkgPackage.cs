using System.Text;

namespace UpdateStation.Tests.Shared;

/// <summary>One tiny package of a <see cref="PkgWorld"/>: a manifest for `pkg create -M` and one file.</summary>
/// <param name="Name">The package name.</param>
/// <param name="Version">Its pkg version ("1.0", "2.0_1", "3.1,1").</param>
/// <param name="Depends">Packages it depends on (by name and version).</param>
/// <param name="Options">Build options (pkg reinstalls a package whose options changed).</param>
/// <param name="AlsoShipsFileOf">Another package whose file this one ships too: a conflict pkg resolves by removing that package.</param>
public sealed record PkgPackage(
    string Name,
    string Version,
    IReadOnlyList<PkgPackage>? Depends = null,
    IReadOnlyDictionary<string, string>? Options = null,
    string? AlsoShipsFileOf = null)
{
    /// <summary>The file every package ships: /usr/local/share/NAME/VERSION.</summary>
    public static string FileOf(string name) => $"/usr/local/share/{name}/VERSION";

    public IEnumerable<string> Files => AlsoShipsFileOf is null ? [FileOf(Name)] : [FileOf(Name), FileOf(AlsoShipsFileOf)];

    /// <summary>The manifest (UCL, in its JSON-like form) that `pkg create -M` reads.</summary>
    public string Manifest()
    {
        var text = new StringBuilder()
            .Append("name: \"").Append(Name).Append("\"\n")
            .Append("origin: \"tests/").Append(Name).Append("\"\n")
            .Append("version: \"").Append(Version).Append("\"\n")
            .Append("maintainer: \"tests@example.invalid\"\n")
            .Append("categories: [\"tests\"]\n")
            .Append("comment: \"test package ").Append(Name).Append("\"\n")
            .Append("www: \"https://example.invalid/\"\n")
            .Append("prefix: \"/usr/local\"\n")
            .Append("abi: \"*\"\n")
            .Append("desc: \"A test package for Update Station.\"\n")
            .Append("files: { ").Append(string.Join(", ", Files.Select(f => $"\"{f}\": \"\""))).Append(" }\n");
        if (Depends is { Count: > 0 })
        {
            var deps = Depends.Select(d => $"\"{d.Name}\": {{ origin: \"tests/{d.Name}\", version: \"{d.Version}\" }}");
            text.Append("deps: { ").Append(string.Join(", ", deps)).Append(" }\n");
        }

        if (Options is { Count: > 0 })
        {
            text.Append("options: { ").Append(string.Join(", ", Options.Select(o => $"\"{o.Key}\": \"{o.Value}\""))).Append(" }\n");
        }

        return text.ToString();
    }
}
