namespace UpdateStation.Posix.Tests;

public sealed class ProcFileTests
{
    [Fact]
    public void TryRead_ProcLocksLongerThanOneBuffer_HasEveryLine()
    {
        // Arrange: 150 exclusive flocks of ours (FileShare.None takes one), each a line of /proc/locks: over 4 KB.
        var directory = Directory.CreateTempSubdirectory("procfile-");
        var locked = new List<FileStream>();
        try
        {
            for (var i = 0; i < 150; i++)
            {
                locked.Add(new FileStream(Path.Combine(directory.FullName, $"{i}"), FileMode.Create, FileAccess.ReadWrite, FileShare.None));
            }

            // Act
            var text = ProcFile.TryRead("/proc/locks");

            // Assert
            Assert.NotNull(text);
            Assert.True(text.Length > 4096, $"/proc/locks is {text.Length} characters");
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var stream in locked)
            {
                var inode = FileStatus.Read(stream.Name)!.Value.Inode;
                Assert.Contains(lines, line => line.Contains($" {Environment.ProcessId} ", StringComparison.Ordinal)
                    && line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[5].EndsWith($":{inode}", StringComparison.Ordinal));
            }
        }
        finally
        {
            locked.ForEach(stream => stream.Dispose());
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TryRead_GoneProcess_IsNull()
    {
        // Act: pid 0 never has an entry in /proc.
        var text = ProcFile.TryRead("/proc/0/status");

        // Assert
        Assert.Null(text);
    }
}
