namespace UpdateStation.Desktop.Notifications;

/// <summary>When a plan earns a notification: a pure function, so its rules can be read and tested as a table.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Never for a plan whose updates (name and new version) were all notified already.</item>
/// <item>A security update not notified yet: at once.</item>
/// <item>Otherwise at most one notification per <see cref="NotificationSettings.MinimumInterval"/>, and only with
/// something new; what could not be told yet stays new, so a later check tells it.</item>
/// <item>Updates gone (installed, here or elsewhere): the shown notification is withdrawn (it names them) and the
/// memory forgets them; so when the plan is up to date.</item>
/// <item>Removals are no updates (<see cref="PlanParts"/>): they neither earn a notification nor keep one shown.</item>
/// </list>
/// The level narrows this: <see cref="NotificationLevel.Security"/> keeps only the security rule (regular updates stay
/// new until a security update brings them along); <see cref="NotificationLevel.None"/> never notifies.
/// </remarks>
internal static class NotificationPolicy
{
    public static NotificationDecision Decide(
        UpdatePlan plan, NotificationMemory memory, DateTimeOffset now, NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(settings);

        var updates = PlanParts.Of(plan).Updates;
        var current = updates.Select(NotificationMemory.KeyOf).ToHashSet(StringComparer.Ordinal);
        var known = memory.Notified.Where(current.Contains).ToList();
        var kept = memory with { Notified = known };
        var fresh = updates.Where(u => !known.Contains(NotificationMemory.KeyOf(u))).ToList();

        var due = settings.Level switch
        {
            NotificationLevel.None => false,
            NotificationLevel.Security => fresh.Any(u => u.Security),
            _ => fresh.Any(u => u.Security)
                || (fresh.Count > 0 && (memory.LastNotifiedAt is not { } last || now - last >= settings.MinimumInterval)),
        };
        if (!due)
        {
            var stale = memory.ShownId is not null && (updates.Count == 0 || known.Count < memory.Notified.Count);
            return stale ? new(NotificationAction.Withdraw, kept with { ShownId = null }) : new(NotificationAction.None, kept);
        }

        return new(NotificationAction.Notify, kept with { Notified = [.. current.Order(StringComparer.Ordinal)], LastNotifiedAt = now });
    }
}
