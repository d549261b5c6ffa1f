namespace UpdateStation.Instance;

/// <summary>One file the instance publishes: written atomically, and when a write fails, kept to be written again.</summary>
/// <remarks>
/// A state that cannot be published (a directory in the way, a full disk) is never fatal: the failure is reported
/// once, the content is kept, and <see cref="RetryIfPending"/> writes it when the way is clear again.
/// </remarks>
internal sealed class PublishedFile(string path, Action<string> report)
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private byte[]? _content;
    private string? _failure;

    public string Path => path;

    /// <summary>Whether the last write failed and waits for a retry.</summary>
    public bool IsPending => _failure is not null;

    public void Write(byte[] content)
    {
        _content = content;
        WriteContent();
    }

    /// <summary>Writes <paramref name="content"/> once, failing loudly: for a first publish whose failure ends the start.</summary>
    /// <exception cref="PosixException">The file cannot be written; nothing is kept for a retry.</exception>
    public void WriteOnce(byte[] content)
    {
        AtomicFile.Write(path, content, OwnerReadWrite);
        _content = content;
        _failure = null;
    }

    public void RetryIfPending()
    {
        if (_failure is not null)
        {
            WriteContent();
        }
    }

    /// <summary>Writes the last content again (after the runtime directory was recreated).</summary>
    public void Rewrite()
    {
        if (_content is not null)
        {
            WriteContent();
        }
    }

    private void WriteContent()
    {
        try
        {
            AtomicFile.Write(path, _content, OwnerReadWrite);
            if (_failure is not null)
            {
                report($"published {path} again");
            }

            _failure = null;
        }
        catch (PosixException ex)
        {
            var failure = $"cannot publish {path}: {ErrnoText.Describe(ex.Errno)}; will try again";
            if (failure != _failure)
            {
                report(failure);
            }

            _failure = failure;
        }
    }
}
