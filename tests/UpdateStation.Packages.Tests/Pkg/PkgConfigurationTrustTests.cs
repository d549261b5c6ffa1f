using UpdateStation.Packages.Pkg;

namespace UpdateStation.Packages.Tests.Pkg;

/// <summary>What `pkg -vv` names that the helper checks before each pkg run.</summary>
public sealed class PkgConfigurationTrustTests
{
    // The shape of pkg 2.8's `pkg -vv` (the real one, built for Linux), cut down.
    private const string Output = """
        Version                 : 2.8.99.1
        PKG_DBDIR = "/var/db/pkg";
        PKG_CACHEDIR = "/var/cache/pkg";
        REPOS_DIR [
            "/etc/pkg/",
            "/usr/local/etc/pkg/repos/",
        ]
        PKG_PLUGINS_DIR = "/usr/local/lib/pkg/";
        PLUGINS_CONF_DIR = "/usr/local/etc/pkg/";
        Repositories:
          FreeBSD: {
            url             : "pkg+https://pkg.example/${ABI}/quarterly",
            enabled         : yes,
            priority        : 0,
            signature_type  : "FINGERPRINTS",
            fingerprints    : "/usr/share/keys/pkg"
          }
          local: {
            url             : "file:///srv/repo",
            enabled         : yes,
            signature_type  : "PUBKEY",
            pubkey          : "/usr/local/etc/ssl/repo.pub"
          }
        """;

    [Fact]
    public void Paths_RealShape_NamesDatabaseReposKeysCacheAndPlugins()
    {
        // Act
        var paths = PkgConfigurationTrust.Paths(Output).ToList();

        // Assert
        Assert.Equal(
            [
                ("pkg's PKG_DBDIR", "/var/db/pkg", true),
                ("pkg's PKG_CACHEDIR", "/var/cache/pkg", false),
                ("pkg's REPOS_DIR", "/etc/pkg/", true),
                ("pkg's REPOS_DIR", "/usr/local/etc/pkg/repos/", true),
                ("pkg's PKG_PLUGINS_DIR", "/usr/local/lib/pkg/", false),
                ("a repository's fingerprints", "/usr/share/keys/pkg", true),
                ("a repository's pubkey", "/usr/local/etc/ssl/repo.pub", false),
            ],
            paths);
    }
}
