using UpdateStation.Posix;

namespace UpdateStation.Packages.Apt;

/// <summary>How apt runs for this caller: as root with apt's configuration as it is, else with a private apt.conf.</summary>
internal sealed class AptEnvironment
{
    private const string AptConfigVariable = "APT_CONFIG";

    private AptEnvironment(bool isRoot, IReadOnlyDictionary<string, string?> variables, string? listsDirectory, IReadOnlyDictionary<string, string?> hostVariables)
    {
        IsRoot = isRoot;
        Variables = variables;
        ListsDirectory = listsDirectory;
        HostVariables = hostVariables;
    }

    public bool IsRoot { get; }

    /// <summary>The variables to add to every apt child's environment (APT_CONFIG among them when private).</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; }

    /// <summary>The variables apt would get without our private configuration: for reading the host's own settings.</summary>
    public IReadOnlyDictionary<string, string?> HostVariables { get; }

    /// <summary>The package lists directory when this program chose it; null when apt's configuration decides.</summary>
    public string? ListsDirectory { get; }

    /// <summary>The private directory this program chose (lists, cache, apt.conf, the lock); null when apt's configuration decides.</summary>
    public string? CacheDirectory => ListsDirectory is null ? null : Path.GetDirectoryName(ListsDirectory);

    /// <summary>Decides how apt runs and, without root, writes the private configuration.</summary>
    /// <exception cref="BackendException">
    /// The file named by APT_CONFIG does not exist, there is no home for the private directory, or it cannot be created or written.
    /// </exception>
    public static AptEnvironment Create(AptBackendOptions options)
    {
        var variables = new Dictionary<string, string?>(options.Environment, StringComparer.Ordinal);
        var isRoot = options.AsRoot ?? Identity.IsRoot;
        if (isRoot)
        {
            return new AptEnvironment(true, variables, null, variables);
        }

        var callerConfig = variables.TryGetValue(AptConfigVariable, out var fromOptions)
            ? fromOptions
            : Environment.GetEnvironmentVariable(AptConfigVariable);
        callerConfig = string.IsNullOrEmpty(callerConfig) ? null : Path.GetFullPath(callerConfig);
        if (callerConfig is not null)
        {
            CheckReadable(callerConfig);
        }

        var cache = options.CacheDirectory ?? AptCacheLocation.Resolve(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetEnvironmentVariable("HOME"), () => UserAccount.Find(Identity.EffectiveUserId));
        var lists = Path.Combine(cache, "lists");
        var parts = Path.Combine(cache, "apt.conf.d");
        var configPath = Path.Combine(cache, "apt.conf");
        var text = AptPrivateConfiguration.Render(callerConfig, lists, Path.Combine(cache, "cache"), parts);
        foreach (var directory in new[] { cache, Path.Combine(lists, "partial"), Path.Combine(cache, "cache", "archives", "partial"), parts })
        {
            try
            {
                // The private directory first, made usable again where a former run left modes that deny its owner.
                if (directory == cache)
                {
                    PrivateTree.Prepare(cache);
                }
                else
                {
                    PosixFile.CreateDirectories(directory, PrivateTree.DirectoryMode);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PosixException)
            {
                throw new BackendException($"Cannot create the private apt directory '{directory}': {ErrnoText.Describe(ex)}.", ex);
            }
        }

        try
        {
            WriteIfChanged(configPath, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PosixException)
        {
            throw new BackendException($"Cannot write the private apt configuration '{configPath}': {ErrnoText.Describe(ex)}.", ex);
        }

        var hostVariables = new Dictionary<string, string?>(variables, StringComparer.Ordinal);
        variables[AptConfigVariable] = configPath;
        return new AptEnvironment(false, variables, lists, hostVariables);
    }

    /// <summary>apt itself would only say "Syntax error ... Included from here" about our private apt.conf.</summary>
    private static void CheckReadable(string callerConfig)
    {
        var problem = Directory.Exists(callerConfig) ? "is a directory"
            : !File.Exists(callerConfig) ? "does not exist"
            : null;
        try
        {
            using var _ = problem is null ? File.OpenHandle(callerConfig, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read: {ErrnoText.Describe(ex)}";
        }

        if (problem is not null)
        {
            throw new BackendException($"The file named by APT_CONFIG, '{callerConfig}', {problem}.");
        }
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return;
        }

        // Write then rename, so a concurrent check never reads half a file; its mode whatever the umask.
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(text), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
