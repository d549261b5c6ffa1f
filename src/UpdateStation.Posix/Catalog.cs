using System.Globalization;

namespace UpdateStation.Posix;

/// <summary>
/// Translations through libc's gettext: <c>T("msgid")</c> and <c>N("one", "many", n)</c>, where a msgid is a
/// composite format string ("{0} changes") so that xgettext finds it and translators see the placeholders.
/// </summary>
/// <remarks>
/// The first call sets the messages' locale from the environment (setlocale(LC_MESSAGES, ""): the catalogue's codeset
/// is bound to UTF-8, so the other categories are not needed, and loading them all cost every start some 70 system
/// calls under C.UTF-8) and binds the domain to <see cref="LocaleDirectory"/>, found beside the executable:
/// &lt;prefix&gt;/bin/x reads &lt;prefix&gt;/share/locale, so the build's artifacts/ and an installed tree work alike.
/// Independent of .NET's globalization (invariant here).
/// Without a catalogue or a locale, each msgid is its own English text.
/// </remarks>
public static class Catalog
{
    public const string Domain = "update-station";

    private static readonly Lazy<bool> s_bound = new(Bind);

    /// <summary>&lt;the executable's real folder&gt;/../share/locale.</summary>
    public static string LocaleDirectory =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Environment.ProcessPath) ?? "/", "..", "share", "locale"));

    /// <summary>The translation of <paramref name="msgid"/>, or the msgid itself.</summary>
    public static unsafe string T(string msgid)
    {
        ArgumentNullException.ThrowIfNull(msgid);
        if (!s_bound.Value)
        {
            return msgid;
        }

        fixed (byte* id = Utf8(msgid))
        {
            byte* text = OperatingSystem.IsFreeBSD() ? Interop.Intl.DGettext(Domain, id) : Interop.Libc.DGettext(Domain, id);
            return text == null || text == id ? msgid : Marshal.PtrToStringUTF8((nint)text) ?? msgid;
        }
    }

    /// <summary>The translation of <paramref name="format"/>, formatted (invariant culture) with <paramref name="args"/>.</summary>
    public static string T(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(format), args);

    /// <summary>
    /// The translated form for <paramref name="n"/> (languages have one to six plural forms), formatted with
    /// <paramref name="n"/> as {0} and <paramref name="args"/> as {1}, {2}...
    /// </summary>
    public static string N(string singular, string plural, long n, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Form(singular, plural, n), [n, .. args]);

    private static unsafe string Form(string singular, string plural, long n)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        string fallback = n == 1 ? singular : plural;
        if (!s_bound.Value)
        {
            return fallback;
        }

        nuint count = (nuint)Math.Clamp(n, 0, long.MaxValue);
        fixed (byte* one = Utf8(singular), many = Utf8(plural))
        {
            byte* text = OperatingSystem.IsFreeBSD()
                ? Interop.Intl.DNGettext(Domain, one, many, count)
                : Interop.Libc.DNGettext(Domain, one, many, count);
            return text == null || text == one || text == many ? fallback : Marshal.PtrToStringUTF8((nint)text) ?? fallback;
        }
    }

    /// <summary>A NUL-terminated UTF-8 copy that the caller pins for as long as gettext may hand its pointer back.</summary>
    private static byte[] Utf8(string text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text) + 1];
        System.Text.Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    private static bool Bind()
    {
        try
        {
            if (OperatingSystem.IsFreeBSD())
            {
                Interop.Intl.SetLocale(Interop.Intl.LC_MESSAGES_FREEBSD, "");
                return Interop.Intl.BindTextDomain(Domain, LocaleDirectory) != 0 && Interop.Intl.BindTextDomainCodeset(Domain, "UTF-8") != 0;
            }

            // A locale that is not installed leaves "C": then dgettext returns every msgid unchanged.
            Interop.Libc.SetLocale(Interop.Libc.LC_MESSAGES_GLIBC, "");
            return Interop.Libc.BindTextDomain(Domain, LocaleDirectory) != 0 && Interop.Libc.BindTextDomainCodeset(Domain, "UTF-8") != 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // FreeBSD without gettext-runtime: English, as without a catalogue.
            return false;
        }
    }
}
