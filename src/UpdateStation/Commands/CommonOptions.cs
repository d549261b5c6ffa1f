namespace UpdateStation.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Backend()
    {
        var option = new Option<string?>("--backend")
        {
            Description = $"The package manager to use: apt or pkg (default: ${BackendSelector.EnvironmentVariable}, else detected).",
            HelpName = "apt|pkg",
        };
        // Our own check rather than AcceptOnlyFromAmong, whose message lists the names on lines of their own.
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !BackendSelector.Names.Contains(token.Value, StringComparer.Ordinal))
            {
                result.AddError($"--backend must be {string.Join(" or ", BackendSelector.Names)}, not '{token.Value}'.");
            }
        });
        return option;
    }

    public static Option<bool> Json(string description) => new("--json") { Description = description };
}
