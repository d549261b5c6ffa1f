using System.Buffers.Binary;
using System.Globalization;

namespace UpdateStation.Packages.Pkg;

/// <summary>
/// Copies pkg's installed-package database (`local.sqlite`, with its write-ahead log) into a private directory, again only
/// when the original has changed, and only as a consistent whole.
/// </summary>
/// <remarks>
/// pkg keeps local.sqlite in WAL mode: committed transactions may still sit in `local.sqlite-wal`, so the two are copied
/// together (the `-shm` index is not: SQLite rebuilds it from the log, keeping only complete, checksummed commits). A copy
/// counts only when neither file changed while it was taken: the same size, modification time and inode before and after,
/// and the same file change counter (the database header's big-endian 32-bit value at offset 24) and WAL salts. Otherwise
/// it is taken again, a few times, then given up with an error. SQLite's online backup API would do the same through a
/// native SQLite library, which FreeBSD's base system does not offer to programs (its copy is private to pkg and others).
/// </remarks>
internal static class PkgDatabaseCopy
{
    public const string FileName = "local.sqlite";
    private const string LogSuffix = "-wal";
    private const string StampFile = "local.sqlite.source";
    private const int Attempts = 5;

    /// <summary>Makes <paramref name="target"/>'s copy current; returns whether a copy was taken.</summary>
    /// <param name="source">The directory of the original database.</param>
    /// <param name="target">The private directory.</param>
    /// <param name="whileCopying">Runs after each attempt's copy, before it is verified (tests write to the original there).</param>
    /// <exception cref="BackendException">The original cannot be read, or kept changing while it was copied.</exception>
    public static bool Refresh(string source, string target, Action<int>? whileCopying = null)
    {
        var stampPath = Path.Combine(target, StampFile);
        var original = Path.Combine(source, FileName);
        try
        {
            if (File.Exists(Path.Combine(target, FileName)) && File.Exists(stampPath) && File.ReadAllText(stampPath) == Stamp(original))
            {
                return false;
            }

            for (int attempt = 1; attempt <= Attempts; attempt++)
            {
                var before = Stamp(original);
                File.Copy(original, Path.Combine(target, FileName + ".new"), overwrite: true);
                bool hasLog = File.Exists(original + LogSuffix);
                if (hasLog)
                {
                    File.Copy(original + LogSuffix, Path.Combine(target, FileName + LogSuffix + ".new"), overwrite: true);
                }

                whileCopying?.Invoke(attempt);
                if (Stamp(original) == before)
                {
                    Install(target, hasLog);
                    Posix.AtomicFile.Write(stampPath, System.Text.Encoding.UTF8.GetBytes(before), UnixFileMode.UserRead | UnixFileMode.UserWrite);
                    return true;
                }

                Thread.Sleep(50 * attempt);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Posix.PosixException)
        {
            throw new BackendException($"Cannot copy pkg's database '{original}' into '{target}': {ex.Message.TrimEnd('.')}.", ex);
        }

        File.Delete(Path.Combine(target, FileName + ".new"));
        File.Delete(Path.Combine(target, FileName + LogSuffix + ".new"));
        throw new BackendException($"pkg's database '{original}' kept changing while it was copied; check again when pkg has finished.");
    }

    /// <summary>Replaces the private database and log with the new copies; an old index (-shm) would not match them.</summary>
    private static void Install(string target, bool hasLog)
    {
        var database = Path.Combine(target, FileName);
        File.Delete(database + "-shm");
        File.Delete(database + LogSuffix);
        if (hasLog)
        {
            File.Move(database + LogSuffix + ".new", database + LogSuffix);
        }

        File.Move(database + ".new", database, overwrite: true);
    }

    /// <summary>What identifies a state of the database and its log; equal stamps mean nothing was written in between.</summary>
    private static string Stamp(string database) =>
        string.Join(' ', Describe(database, headerOffset: 24, headerLength: 4), Describe(database + LogSuffix, headerOffset: 16, headerLength: 8));

    private static string Describe(string path, int headerOffset, int headerLength)
    {
        var file = new FileInfo(path);
        if (!file.Exists || Posix.FileStatus.Read(path) is not { } status)
        {
            return "-";
        }

        Span<byte> header = stackalloc byte[8];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.Position = headerOffset;
            header = header[..stream.Read(header[..headerLength])];
        }

        ulong value = header.Length == 8 ? BinaryPrimitives.ReadUInt64BigEndian(header)
            : header.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(header) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{status.Inode}:{file.Length}:{file.LastWriteTimeUtc.Ticks}:{value}");
    }
}
