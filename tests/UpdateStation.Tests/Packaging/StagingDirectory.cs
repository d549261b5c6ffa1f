namespace UpdateStation.Tests.Packaging;

/// <summary>A temporary folder for one test (a DESTDIR, a private dpkg root), removed afterwards.</summary>
internal sealed class StagingDirectory : IDisposable
{
    public StagingDirectory(string purpose) => Path = Directory.CreateTempSubdirectory($"update-station-{purpose}-").FullName;

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
