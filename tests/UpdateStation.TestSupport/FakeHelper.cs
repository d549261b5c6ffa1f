namespace UpdateStation.Tests.Shared;

/// <summary>
/// A stand-in for pkexec and the helper at the process boundary, for the client's unit tests (the real helper runs
/// through the real pkexec in UpdateStation.Tests' PolkitSpecs): a folder with a `pkexec` script that runs the
/// helper script given to it, or plays a refusal.
/// </summary>
public sealed class FakeHelper : IDisposable
{
    public FakeHelper(string helperScript, string pkexecScript = "#!/bin/sh\nexec \"$@\"\n")
    {
        Write(Pkexec, pkexecScript);
        Write(HelperPath, helperScript);
    }

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("update-station-fake-helper-").FullName;

    public string Pkexec => Path.Combine(Directory, "pkexec");

    public string HelperPath => Path.Combine(Directory, "update-station-helper");

    /// <summary>A file the scripts can write to or wait for (beside them: a script finds it as "${0%/*}/NAME").</summary>
    public string File(string name) => Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Write(string path, string script)
    {
        System.IO.File.WriteAllText(path, script);
        System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
