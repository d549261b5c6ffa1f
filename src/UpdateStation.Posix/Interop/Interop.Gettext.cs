namespace UpdateStation.Posix;

internal static partial class Interop
{
    /// <summary>gettext(3) and setlocale(3): in glibc itself on Linux; in libintl (gettext-runtime) on FreeBSD.</summary>
    internal static partial class Libc
    {
        /// <summary>LC_MESSAGES in glibc's locale.h (FreeBSD's is 6).</summary>
        internal const int LC_MESSAGES_GLIBC = 5;

        [LibraryImport(Libraries.Libc, EntryPoint = "setlocale", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint SetLocale(int category, string locale);

        [LibraryImport(Libraries.Libc, EntryPoint = "bindtextdomain", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint BindTextDomain(string domain, string directory);

        [LibraryImport(Libraries.Libc, EntryPoint = "bind_textdomain_codeset", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint BindTextDomainCodeset(string domain, string codeset);

        // The returned string belongs to the catalogue, or IS the msgid pointer passed in when there is no translation:
        // so the msgids are the caller's own pinned buffers (a marshalled temporary would be freed before the result
        // is read). Copied, never freed.
        [LibraryImport(Libraries.Libc, EntryPoint = "dgettext", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial byte* DGettext(string domain, byte* msgid);

        [LibraryImport(Libraries.Libc, EntryPoint = "dngettext", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial byte* DNGettext(string domain, byte* msgid, byte* msgidPlural, nuint n);
    }

    [SupportedOSPlatform("freebsd")]
    internal static partial class Intl
    {
        /// <summary>LC_MESSAGES in FreeBSD's locale.h.</summary>
        internal const int LC_MESSAGES_FREEBSD = 6;

        [LibraryImport(Libraries.Libc, EntryPoint = "setlocale", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint SetLocale(int category, string locale);

        [LibraryImport(Libraries.Intl, EntryPoint = "libintl_bindtextdomain", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint BindTextDomain(string domain, string directory);

        [LibraryImport(Libraries.Intl, EntryPoint = "libintl_bind_textdomain_codeset", StringMarshalling = StringMarshalling.Utf8)]
        internal static partial nint BindTextDomainCodeset(string domain, string codeset);

        [LibraryImport(Libraries.Intl, EntryPoint = "libintl_dgettext", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial byte* DGettext(string domain, byte* msgid);

        [LibraryImport(Libraries.Intl, EntryPoint = "libintl_dngettext", StringMarshalling = StringMarshalling.Utf8)]
        internal static unsafe partial byte* DNGettext(string domain, byte* msgid, byte* msgidPlural, nuint n);
    }
}
