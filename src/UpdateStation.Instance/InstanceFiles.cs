namespace UpdateStation.Instance;

/// <summary>The lock and the published state of one kind of single-instance process in the runtime directory.</summary>
/// <remarks>
/// The update instance is <c>instance</c>; another process kind (the window) takes its own name and gets the same
/// protocol: whoever holds <c>NAME.lock</c> is the one, and <c>NAME.json</c> says who it is.
/// </remarks>
public sealed record InstanceFiles(RuntimeDirectory Directory, string Name)
{
    public string LockFile => Path.Combine(Directory.Path, Name + ".lock");

    public string StateFile => Path.Combine(Directory.Path, Name + ".json");
}
