using UpdateStation.Packages.Apt;
using UpdateStation.Packages.Model;
using UpdateStation.Settings;

namespace UpdateStation.Upgrade.Elevation;

/// <summary>
/// The helper's whole command line: `refresh`, `upgrade --plan SHA256 [--no-boot-environment] [--ignore RULE]...`,
/// `reboot` or `automatic`, and nothing else (no response files, no abbreviations, no repeated options but --ignore).
/// Its client writes it (<see cref="Arguments"/>), the helper reads it (<see cref="TryParse"/>).
/// </summary>
/// <param name="Ignore">upgrade: the ignore list's rules the plan that was shown was made with; the helper plans with them too.</param>
public sealed record HelperArguments(HelperVerb Verb, string? Plan = null, bool BootEnvironment = true, IReadOnlyList<IgnoreRule>? Ignore = null)
{
    private const string RefreshVerb = "refresh";
    private const string UpgradeVerb = "upgrade";
    private const string RebootVerb = "reboot";
    private const string AutomaticVerb = "automatic";
    private const string PlanOption = "--plan";
    private const string NoBootEnvironmentOption = "--no-boot-environment";
    private const string IgnoreOption = "--ignore";
    private const string UpgradeUsage = "upgrade --plan SHA256 [--no-boot-environment] [--ignore NAME[=VERSION]]...";

    public static HelperArguments Refresh { get; } = new(HelperVerb.Refresh);

    public static HelperArguments Reboot { get; } = new(HelperVerb.Reboot);

    /// <summary>The arguments after the helper's path.</summary>
    public IReadOnlyList<string> Arguments => Verb switch
    {
        HelperVerb.Refresh => [RefreshVerb],
        HelperVerb.Reboot => [RebootVerb],
        HelperVerb.Automatic => [AutomaticVerb],
        HelperVerb.Upgrade =>
        [
            UpgradeVerb, PlanOption, Plan!, .. BootEnvironment ? Array.Empty<string>() : [NoBootEnvironmentOption],
            .. (Ignore ?? []).SelectMany(r => new[] { IgnoreOption, r.ToString() }),
        ],
        _ => [AptPlanHook.Verb, Plan!],
    };

    /// <summary>`upgrade --plan FINGERPRINT`, with `--no-boot-environment` when <paramref name="bootEnvironment"/> is false.</summary>
    public static HelperArguments Upgrade(string fingerprint, bool bootEnvironment)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        return new(HelperVerb.Upgrade, fingerprint, bootEnvironment);
    }

    /// <summary>`upgrade` of <paramref name="plan"/> as it was shown: its fingerprint, and the rules that left changes out of it.</summary>
    public static HelperArguments Upgrade(UpdatePlan plan, bool bootEnvironment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rules = IgnoredChange.RulesOf(plan.Ignored);
        return new(HelperVerb.Upgrade, PlanFingerprint.Of(plan), bootEnvironment, rules.Count == 0 ? null : rules);
    }

    /// <summary>Parses argv; on failure <paramref name="error"/> is one line saying what is wrong.</summary>
    public static bool TryParse(string[] args, out HelperArguments? arguments, out string error)
    {
        arguments = null;
        error = "";
        switch (args)
        {
            case [RefreshVerb]:
                arguments = new HelperArguments(HelperVerb.Refresh);
                return true;
            case [RebootVerb]:
                arguments = new HelperArguments(HelperVerb.Reboot);
                return true;
            case [AutomaticVerb]:
                arguments = new HelperArguments(HelperVerb.Automatic);
                return true;
            case [AptPlanHook.Verb, var fingerprint] when PlanFingerprint.IsWellFormed(fingerprint):
                arguments = new HelperArguments(HelperVerb.VerifyAptPlan, fingerprint);
                return true;
            case [UpgradeVerb, .. var rest]:
                return TryParseUpgrade(rest, out arguments, out error);
            case []:
                error = "no verb given; use refresh, upgrade --plan SHA256 [options], reboot or automatic.";
                return false;
            case [RefreshVerb or RebootVerb or AutomaticVerb, ..]:
                error = $"'{args[0]}' takes no arguments.";
                return false;
            default:
                error = $"unknown verb '{Printable(args[0])}'; use refresh, upgrade --plan SHA256 [options], reboot or automatic.";
                return false;
        }
    }

    private static bool TryParseUpgrade(string[] rest, out HelperArguments? arguments, out string error)
    {
        arguments = null;
        (string? plan, bool? bootEnvironment) = (null, null);
        List<IgnoreRule> ignore = [];
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == PlanOption && plan is null && i + 1 < rest.Length)
            {
                plan = rest[++i];
            }
            else if (rest[i] == IgnoreOption && i + 1 < rest.Length)
            {
                if (IgnoreRule.Parse(rest[++i]) is not { } rule)
                {
                    error = $"'{Printable(rest[i])}' is not an ignore rule (NAME or NAME=VERSION, no blanks).";
                    return false;
                }

                ignore.Add(rule);
            }
            else if (rest[i] == NoBootEnvironmentOption && bootEnvironment is null)
            {
                bootEnvironment = false;
            }
            else
            {
                error = $"unexpected argument '{Printable(rest[i])}'; use {UpgradeUsage}.";
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
        arguments = new HelperArguments(HelperVerb.Upgrade, plan, bootEnvironment ?? true, ignore.Count == 0 ? null : ignore);
        return true;
    }

    /// <summary>At most 40 characters, control characters shown as '?': a message repeats hostile input, never a terminal escape.</summary>
    private static string Printable(string text)
    {
        var shown = new string([.. text.Take(40).Select(c => char.IsControl(c) ? '?' : c)]);
        return text.Length > 40 ? shown + "..." : shown;
    }
}
