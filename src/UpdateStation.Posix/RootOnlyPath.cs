namespace UpdateStation.Posix;

/// <summary>Whether only root can change what a path names: the rule of sudo's and OpenSSH's StrictModes checks.</summary>
/// <remarks>
/// Every component from `/` down is examined with lstat(2): it must be owned by root and writable neither by its group
/// nor by others. A sticky bit does not help (sticky /tmp still lets anyone rename a prepared tree into a name nobody
/// has taken yet). A symbolic link is followed: the link itself must be root's, and its target is walked the same way
/// from wherever it points, so `/bin -> usr/bin` passes and a link into /tmp does not. A path that does not exist passes
/// when the deepest directory that does is root's alone: nobody else can create it. Only root runs this for real, so
/// permission errors cannot hide a component.
/// </remarks>
public static class RootOnlyPath
{
    /// <summary>More links than this in one walk is a loop (Linux's own limit for a path).</summary>
    private const int MaxLinks = 40;

    /// <summary>How deep <see cref="ProblemWithContents"/> descends into directories.</summary>
    private const int MaxDepth = 8;

    /// <summary>Why others than root could change what <paramref name="path"/> names, in words; null when only root can.</summary>
    /// <returns>E.g. "'/tmp' can be written by others than root (mode 1777)" or "'/srv/x' is owned by uid 65534, not root".</returns>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            return $"'{path}' is not an absolute path";
        }

        // The components still to walk, the next one last.
        var pending = new List<string>();
        Push(pending, path);
        var current = "/";
        if (Examine(current, out _) is { } rootProblem)
        {
            return rootProblem;
        }

        var links = 0;
        while (pending.Count > 0)
        {
            var name = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (name is "" or ".")
            {
                continue;
            }

            if (name == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = current == "/" ? "/" + name : current + "/" + name;
            if (Examine(next, out var status) is { } problem)
            {
                return problem;
            }

            if (status is null)
            {
                return null; // Missing: only root can make it in the directory just examined.
            }

            if (status.Value.IsSymbolicLink)
            {
                if (++links > MaxLinks)
                {
                    return $"'{path}' has too many symbolic links";
                }

                var target = LinkTarget(next);
                if (target is null)
                {
                    return null; // Gone since lstat: as missing.
                }

                Push(pending, target);
                current = target.StartsWith('/') ? "/" : current;
                continue;
            }

            if (!status.Value.IsDirectory && pending.Any(p => p is not ("" or ".")))
            {
                return null; // A file in the middle: nothing can be read through it.
            }

            current = next;
        }

        return null;
    }

    /// <summary>
    /// <see cref="Problem"/> for <paramref name="path"/> and, when it is a directory, for everything in it (and in its
    /// directories, a few levels down): a file of another user's inside a root-owned directory is as much a door.
    /// </summary>
    public static string? ProblemWithContents(string path) => ProblemWithContents(path, MaxDepth);

    private static string? ProblemWithContents(string path, int depth)
    {
        if (Problem(path) is { } problem)
        {
            return problem;
        }

        if (depth == 0 || !Directory.Exists(path))
        {
            return null;
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"'{path}' cannot be listed: {ex.Message}";
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            // A linked directory's own contents are not walked: its path was checked, and apt reads parts one level deep.
            var isLink = FileStatus.Read(entry) is { IsSymbolicLink: true };
            if ((isLink ? Problem(entry) : ProblemWithContents(entry, depth - 1)) is { } entryProblem)
            {
                return entryProblem;
            }
        }

        return null;
    }

    private static string? Examine(string path, out FileStatus? status)
    {
        try
        {
            status = FileStatus.Read(path);
        }
        catch (PosixException ex)
        {
            status = null;
            return ex.Errno == PlatformConstants.ENOTDIR ? null : $"'{path}' cannot be examined: {ErrnoText.Describe(ex.Errno)}";
        }

        return status switch
        {
            null => null,
            { OwnerId: not 0 } s => $"'{path}' is owned by uid {s.OwnerId}, not root",
            { IsSymbolicLink: true } => null, // A link's own mode means nothing; its directory decides who can replace it.
            { } s when (s.Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0 =>
                $"'{path}' can be written by others than root (mode {Convert.ToString((int)s.Mode, 8)})",
            _ => null,
        };
    }

    private static string? LinkTarget(string link)
    {
        try
        {
            return new FileInfo(link).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Push(List<string> pending, string path)
    {
        var names = path.Split('/');
        for (var i = names.Length - 1; i >= 0; i--)
        {
            pending.Add(names[i]);
        }
    }
}
