namespace UpdateStation.Packages.Pkg;

/// <summary>
/// Tells whether a repository's mirror is being synced: GhostBSD's mirrors put a `.syncing` file at the repository's root
/// while they copy, and a catalogue fetched then is half old, half new.
/// </summary>
/// <remarks>file:// URLs are looked at directly; http(s) ones (also pkg+http(s), SRV mirrors) get a HEAD of URL/.syncing, where
/// 200 means syncing and anything else, an error or no answer within the timeout included, means not: the refresh itself
/// reports an unreachable mirror.</remarks>
internal static class PkgMirrorProbe
{
    public const string Marker = ".syncing";

    private static readonly Lazy<HttpClient> s_client = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(5) });

    /// <exception cref="BackendException">An enabled repository's mirror is syncing.</exception>
    public static async Task ThrowIfSyncingAsync(IEnumerable<PkgRepository> repositories, CancellationToken cancellationToken)
    {
        var enabled = repositories.Where(r => r.Enabled).ToList();
        var syncing = await Task.WhenAll(enabled.Select(r => IsSyncingAsync(r.Url, cancellationToken))).ConfigureAwait(false);
        int first = Array.IndexOf(syncing, true);
        if (first >= 0)
        {
            throw new BackendException($"The mirror {enabled[first].Name} is syncing; try again later.");
        }
    }

    public static async Task<bool> IsSyncingAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url.StartsWith("pkg+", StringComparison.Ordinal) ? url[4..] : url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.IsFile)
        {
            return File.Exists(Path.Combine(uri.LocalPath, Marker));
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(uri.AbsoluteUri.TrimEnd('/') + "/" + Marker));
            using var response = await s_client.Value.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.StatusCode == System.Net.HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
