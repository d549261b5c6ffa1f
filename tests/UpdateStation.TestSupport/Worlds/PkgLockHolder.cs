using System.Diagnostics;
using System.Text;

namespace UpdateStation.Tests.Shared;

/// <summary>A real pkg waiting at a prompt with its database lock held; disposing answers "no" and waits for it to exit.</summary>
public sealed class PkgLockHolder(Process process) : IAsyncDisposable
{
    private const string Prompt = "[y/N]";
    private readonly StringBuilder _output = new();

    /// <summary>Reads pkg's output until the prompt (which ends without a newline) appears.</summary>
    public async Task WaitForPromptAsync(CancellationToken cancellationToken)
    {
        var buffer = new char[256];
        while (!_output.ToString().Contains(Prompt, StringComparison.Ordinal))
        {
            int read = await process.StandardOutput.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException($"pkg exited before holding its lock: {_output}{error}");
            }

            _output.Append(buffer, 0, read);
        }
    }

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        process.Dispose();
    }
}
