using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptProxySettingsTests
{
    [Fact]
    public void Parse_Dump_KeepsProxiesAndTheirPerHostForms()
    {
        // Arrange
        var dump = """
            Acquire "";
            Acquire::AllowInsecureRepositories "0";
            Acquire::http "";
            Acquire::http::Proxy "http://proxy.example:3128/";
            Acquire::http::Proxy::mirror.example "DIRECT";
            Acquire::https::Proxy "http://proxy.example:3129/";
            Acquire::ftp::Proxy "ftp://proxy.example/";
            """;

        // Act
        var settings = AptProxySettings.Parse(dump);

        // Assert
        Assert.Equal(
            [
                new("Acquire::http::Proxy", "http://proxy.example:3128/"),
                new("Acquire::http::Proxy::mirror.example", "DIRECT"),
                new("Acquire::https::Proxy", "http://proxy.example:3129/"),
                new KeyValuePair<string, string>("Acquire::ftp::Proxy", "ftp://proxy.example/"),
            ],
            settings);
    }

    [Theory]
    [InlineData("Acquire::http::Proxy-Auto-Detect \"/usr/bin/detect-proxy\";")] // a program to run: a hook by another name
    [InlineData("APT::Update::Pre-Invoke:: \"touch /tmp/x\";")]
    [InlineData("Acquire::http::Proxy \"\";")]
    [InlineData("Acquire::gopher::Proxy \"http://p/\";")]
    [InlineData("Acquire::http::Proxy \"http://p/\"")]
    [InlineData("garbage")]
    public void Parse_AnythingElse_IsSkipped(string line) => Assert.Empty(AptProxySettings.Parse(line));
}
