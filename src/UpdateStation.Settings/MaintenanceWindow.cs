using System.Globalization;

namespace UpdateStation.Settings;

/// <summary>
/// One maintenance window of `[automatic] window`: weekdays and a local-time range, "Sat 02:00-05:00",
/// "Mon-Fri 22:00-01:30" (an end at or before the start crosses midnight), "Sat,Sun 00:00-24:00", "daily 03:00-04:00".
/// </summary>
/// <param name="Days">The weekdays on which the window opens.</param>
/// <param name="Start">When it opens, from midnight.</param>
/// <param name="Length">How long it stays open (more than zero, at most a day).</param>
public sealed record MaintenanceWindow(IReadOnlySet<DayOfWeek> Days, TimeSpan Start, TimeSpan Length)
{
    /// <summary>Every day, all day: the window when none is set.</summary>
    public static MaintenanceWindow Always { get; } = new(new HashSet<DayOfWeek>(Enum.GetValues<DayOfWeek>()), TimeSpan.Zero, TimeSpan.FromDays(1));

    /// <summary>A window that never opens: what a window list that cannot be read stands for.</summary>
    public static MaintenanceWindow Never { get; } = new(new HashSet<DayOfWeek>(), TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Parses "DAYS HH:MM-HH:MM"; false for anything else.</summary>
    public static bool TryParse(string text, out MaintenanceWindow? window)
    {
        window = null;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryParseDays(parts[0], out var days) || parts[1].Split('-') is not [var from, var to]
            || !TryParseTime(from, out var start) || !TryParseTime(to, out var end, allowMidnightEnd: true))
        {
            return false;
        }

        var length = end > start ? end - start : end + TimeSpan.FromDays(1) - start;
        window = new MaintenanceWindow(days, start, length);
        return true;
    }

    /// <summary>"HH:MM", 00:00 to 23:59 (24:00 too as a window's end).</summary>
    public static bool TryParseTime(string text, out TimeSpan time) => TryParseTime(text, out time, allowMidnightEnd: false);

    /// <summary>The openings of this window that overlap [<paramref name="from"/>, <paramref name="to"/>], as local start and end times.</summary>
    public IEnumerable<(DateTime Start, DateTime End)> Openings(DateTime from, DateTime to)
    {
        for (var day = from.Date.AddDays(-1); day <= to.Date; day = day.AddDays(1))
        {
            var start = day + Start;
            var end = start + Length;
            if (Days.Contains(day.DayOfWeek) && end > from && start <= to)
            {
                yield return (start, end);
            }
        }
    }

    private static bool TryParseTime(string text, out TimeSpan time, bool allowMidnightEnd)
    {
        time = default;
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59 || hours > 24 || (hours == 24 && (minutes != 0 || !allowMidnightEnd)))
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool TryParseDays(string text, out HashSet<DayOfWeek> days)
    {
        days = [];
        if (text.Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            days.UnionWith(Enum.GetValues<DayOfWeek>());
            return true;
        }

        foreach (var item in text.Split(','))
        {
            if (item.Split('-') is [var one] && Day(one) is { } day)
            {
                days.Add(day);
            }
            else if (item.Split('-') is [var first, var last] && Day(first) is { } a && Day(last) is { } b)
            {
                for (var d = (int)a; ; d = (d + 1) % 7)
                {
                    days.Add((DayOfWeek)d);
                    if (d == (int)b)
                    {
                        break;
                    }
                }
            }
            else
            {
                return false;
            }
        }

        return days.Count > 0;
    }

    /// <summary>"Sat" or "Saturday", in any case.</summary>
    private static DayOfWeek? Day(string name)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var full = day.ToString();
            if (name.Equals(full, StringComparison.OrdinalIgnoreCase) || name.Equals(full[..3], StringComparison.OrdinalIgnoreCase))
            {
                return day;
            }
        }

        return null;
    }
}
