using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

public sealed class PkgDatabaseCopyTests : IDisposable
{
    private readonly string _source = Directory.CreateTempSubdirectory("update-station-pkgdb-").FullName;
    private readonly string _target = Directory.CreateTempSubdirectory("update-station-pkgcopy-").FullName;

    public void Dispose()
    {
        Directory.Delete(_source, recursive: true);
        Directory.Delete(_target, recursive: true);
    }

    [Fact]
    public void Refresh_OriginalUnchanged_CopiesOnlyOnce()
    {
        // Arrange
        File.WriteAllBytes(Path.Combine(_source, "local.sqlite"), Header(changeCounter: 7));

        // Act
        bool first = PkgDatabaseCopy.Refresh(_source, _target);
        bool second = PkgDatabaseCopy.Refresh(_source, _target);

        // Assert
        Assert.Equal((true, false), (first, second));
        Assert.Equal(Header(changeCounter: 7), File.ReadAllBytes(Path.Combine(_target, "local.sqlite")));
    }

    [Fact]
    public void Refresh_OriginalAndLogChanged_TakesBothAgainAndDropsTheOldIndex()
    {
        // Arrange
        var database = Path.Combine(_source, "local.sqlite");
        File.WriteAllBytes(database, Header(changeCounter: 7));
        PkgDatabaseCopy.Refresh(_source, _target);
        File.WriteAllBytes(Path.Combine(_target, "local.sqlite-shm"), [1, 2, 3]);
        File.WriteAllBytes(database + "-wal", [9, 9, 9]);

        // Act
        bool copied = PkgDatabaseCopy.Refresh(_source, _target);

        // Assert
        Assert.True(copied);
        Assert.Equal([9, 9, 9], File.ReadAllBytes(Path.Combine(_target, "local.sqlite-wal")));
        Assert.False(File.Exists(Path.Combine(_target, "local.sqlite-shm")));
    }

    [Fact]
    public void Refresh_OriginalWrittenDuringOneCopy_TakesItAgain()
    {
        // Arrange
        var database = Path.Combine(_source, "local.sqlite");
        File.WriteAllBytes(database, Header(changeCounter: 1));

        // Act: pkg commits while the first copy is being taken.
        bool copied = PkgDatabaseCopy.Refresh(_source, _target, attempt =>
        {
            if (attempt == 1)
            {
                File.WriteAllBytes(database, Header(changeCounter: 2));
            }
        });

        // Assert
        Assert.True(copied);
        Assert.Equal(Header(changeCounter: 2), File.ReadAllBytes(Path.Combine(_target, "local.sqlite")));
    }

    [Fact]
    public void Refresh_OriginalWrittenDuringEveryCopy_GivesUpWithAnError()
    {
        // Arrange
        var database = Path.Combine(_source, "local.sqlite");
        File.WriteAllBytes(database, Header(changeCounter: 1));

        // Act: a pkg in the middle of a long run writes on every attempt.
        var error = Record.Exception(() => PkgDatabaseCopy.Refresh(_source, _target, attempt => File.WriteAllBytes(database, Header((uint)attempt + 1))));

        // Assert
        Assert.IsType<BackendException>(error);
        Assert.Contains("kept changing while it was copied", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_target, "local.sqlite")));
    }

    /// <summary>The first 100 bytes of an SQLite database with the given file change counter (offset 24, big-endian).</summary>
    private static byte[] Header(uint changeCounter)
    {
        var header = new byte[100];
        "SQLite format 3\0"u8.CopyTo(header);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(24), changeCounter);
        return header;
    }
}
