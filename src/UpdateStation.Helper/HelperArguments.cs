using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;

namespace UpdateStation.Helper;

/// <summary>
/// The helper's whole command line: `refresh`, `upgrade --plan SHA256 [--no-boot-environment]`, `reboot` or `automatic`, and nothing
/// else (no response files, no abbreviations, no repeated options).
/// </summary>
internal sealed record HelperArguments(HelperVerb Verb, string? Plan = null, bool BootEnvironment = true)
{
    /// <summary>Parses argv; on failure <paramref name="error"/> is one line saying what is wrong.</summary>
    public static bool TryParse(string[] args, out HelperArguments? arguments, out string error)
    {
        arguments = null;
        error = "";
        switch (args)
        {
            case ["refresh"]:
                arguments = new HelperArguments(HelperVerb.Refresh);
                return true;
            case ["reboot"]:
                arguments = new HelperArguments(HelperVerb.Reboot);
                return true;
            case ["automatic"]:
                arguments = new HelperArguments(HelperVerb.Automatic);
                return true;
            case [AptPlanHook.Verb, var fingerprint] when PlanFingerprint.IsWellFormed(fingerprint):
                arguments = new HelperArguments(HelperVerb.VerifyAptPlan, fingerprint);
                return true;
            case ["upgrade", .. var rest]:
                return TryParseUpgrade(rest, out arguments, out error);
            case []:
                error = "no verb given; use refresh, upgrade --plan SHA256 [--no-boot-environment], reboot or automatic.";
                return false;
            case ["refresh" or "reboot" or "automatic", ..]:
                error = $"'{args[0]}' takes no arguments.";
                return false;
            default:
                error = $"unknown verb '{Printable(args[0])}'; use refresh, upgrade --plan SHA256 [--no-boot-environment], reboot or automatic.";
                return false;
        }
    }

    private static bool TryParseUpgrade(string[] rest, out HelperArguments? arguments, out string error)
    {
        arguments = null;
        (string? plan, bool? bootEnvironment) = (null, null);
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--plan" && plan is null && i + 1 < rest.Length)
            {
                plan = rest[++i];
            }
            else if (rest[i] == "--no-boot-environment" && bootEnvironment is null)
            {
                bootEnvironment = false;
            }
            else
            {
                error = $"unexpected argument '{Printable(rest[i])}'; use upgrade --plan SHA256 [--no-boot-environment].";
                return false;
            }
        }

        if (!PlanFingerprint.IsWellFormed(plan))
        {
            error = plan is null
                ? "upgrade needs --plan SHA256, the fingerprint of the plan that was shown."
                : $"'{Printable(plan)}' is not a plan fingerprint (64 lowercase hex digits).";
            return false;
        }

        error = "";
        arguments = new HelperArguments(HelperVerb.Upgrade, plan, bootEnvironment ?? true);
        return true;
    }

    /// <summary>At most 40 characters, control characters shown as '?': a message repeats hostile input, never a terminal escape.</summary>
    private static string Printable(string text)
    {
        var shown = new string([.. text.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 40 ? shown + "..." : shown;
    }
}
