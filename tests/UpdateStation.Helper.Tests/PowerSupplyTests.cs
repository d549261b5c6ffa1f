using UpdateStation.Helper.Automatic;

namespace UpdateStation.Helper.Tests;

/// <summary>Battery or mains from a power_supply directory laid out as Linux's sysfs lays it out.</summary>
public sealed class PowerSupplyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("update-station-power-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("AC:Mains:1:", "BAT0:Battery::Charging", false)]
    [InlineData("AC:Mains:0:", "BAT0:Battery::Discharging", true)]
    [InlineData("ADP1:Mains:0:", "usb:USB:1:", false)]
    [InlineData("BAT0:Battery::Discharging", "", true)]
    [InlineData("BAT0:Battery::Full", "", null)]
    [InlineData("", "", null)]
    public void OnBattery_Table(string first, string second, bool? expected)
    {
        // Arrange
        foreach (var supply in new[] { first, second }.Where(s => s.Length > 0))
        {
            var (name, type, online, status) = supply.Split(':') is [var n, var t, var o, var s] ? (n, t, o, s) : throw new FormatException(supply);
            var folder = Directory.CreateDirectory(Path.Combine(_directory, name)).FullName;
            File.WriteAllText(Path.Combine(folder, "type"), type + "\n");
            if (online.Length > 0)
            {
                File.WriteAllText(Path.Combine(folder, "online"), online + "\n");
            }

            if (status.Length > 0)
            {
                File.WriteAllText(Path.Combine(folder, "status"), status + "\n");
            }
        }

        // Act
        var onBattery = PowerSupply.OnBattery(_directory);

        // Assert
        Assert.Equal(expected, onBattery);
    }
}
