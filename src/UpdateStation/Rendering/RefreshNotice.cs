using UpdateStation.Posix;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>"Refreshing the package catalogue..." on standard error while a refresh runs, erased when it ends; only on a terminal.</summary>
/// <remarks>A pipe or a log gets nothing: the line would stay in it, and a script reads the result, not the wait.</remarks>
internal sealed class RefreshNotice : IDisposable
{
    private const string EraseLine = "\r\u001b[K";
    private readonly TextWriter _error;
    private bool _shown;

    private RefreshNotice(TextWriter error, bool shown)
    {
        _error = error;
        _shown = shown;
    }

    public static RefreshNotice Show(bool refresh) => Show(refresh, Console.Error, Terminal.IsTerminal(StandardDescriptors.Error));

    /// <param name="error">Where the notice goes.</param>
    /// <param name="terminal">Whether <paramref name="error"/> is a terminal: nothing is written to anything else.</param>
    internal static RefreshNotice Show(bool refresh, TextWriter error, bool terminal)
    {
        if (!refresh || !terminal)
        {
            return new RefreshNotice(error, false);
        }

        error.Write(T("Refreshing the package catalogue..."));
        return new RefreshNotice(error, true);
    }

    public void Dispose()
    {
        if (_shown)
        {
            _shown = false;
            _error.Write(EraseLine);
        }
    }
}
