namespace UpdateStation;

/// <summary>The failures the top level turns into one line on stderr (exit 1) instead of a stack trace.</summary>
internal static class TopLevelErrors
{
    /// <summary>
    /// Ours (the instance runtime, a backend, a system call), and a file or stream we rely on failing (a full disk,
    /// standard output closed). Used by Program.cs and by the status/check-now shortcut, so both report alike.
    /// </summary>
    public static bool AreReported(Exception ex) =>
        ex is InstanceException or BackendException or Posix.PosixException or IOException or UnauthorizedAccessException;
}
