using System.CommandLine;
using UpdateStation.Packages;

namespace UpdateStation.Commands;

/// <summary>The --backend option the check and upgrade commands share.</summary>
internal static class BackendOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--backend")
        {
            Description = $"The package manager to use: {string.Join(" or ", BackendSelector.Names)} (default: chosen from the system).",
        };
        option.AcceptOnlyFromAmong([.. BackendSelector.Names]);
        return option;
    }
}
