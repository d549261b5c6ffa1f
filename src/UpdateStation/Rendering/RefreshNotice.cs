using UpdateStation.Posix;
using static UpdateStation.Posix.Catalog;

namespace UpdateStation.Rendering;

/// <summary>"Refreshing the package catalogue..." on standard error while a refresh runs, erased when it ends; only on a terminal.</summary>
/// <remarks>A pipe or a log gets nothing: the line would stay in it, and a script reads the result, not the wait.</remarks>
internal sealed class RefreshNotice : IDisposable
{
    private const string EraseLine = "\r\u001b[K";
    private bool _shown;

    private RefreshNotice(bool shown) => _shown = shown;

    public static RefreshNotice Show(bool refresh)
    {
        if (!refresh || !Terminal.IsTerminal(StandardDescriptors.Error))
        {
            return new RefreshNotice(false);
        }

        Console.Error.Write(T("Refreshing the package catalogue..."));
        return new RefreshNotice(true);
    }

    public void Dispose()
    {
        if (_shown)
        {
            _shown = false;
            Console.Error.Write(EraseLine);
        }
    }
}
