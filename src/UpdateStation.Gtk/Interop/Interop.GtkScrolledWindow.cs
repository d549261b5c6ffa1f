namespace UpdateStation.Gtk;

internal static partial class Interop
{
    internal static partial class Gtk
    {
        internal enum GtkPolicyType
        {
            GTK_POLICY_ALWAYS = 0,
            GTK_POLICY_AUTOMATIC = 1,
            GTK_POLICY_NEVER = 2,
        }

        internal enum GtkShadowType
        {
            GTK_SHADOW_NONE = 0,
            GTK_SHADOW_IN = 1,
        }

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_scrolled_window_new")]
        internal static partial IntPtr ScrolledWindowNew(IntPtr hadjustment, IntPtr vadjustment);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_scrolled_window_set_policy")]
        internal static partial void ScrolledWindowSetPolicy(SafeGObjectHandle window, GtkPolicyType horizontal, GtkPolicyType vertical);

        [LibraryImport(Libraries.Gtk, EntryPoint = "gtk_scrolled_window_set_shadow_type")]
        internal static partial void ScrolledWindowSetShadowType(SafeGObjectHandle window, GtkShadowType type);
    }
}
