using System.Text;
using UpdateStation.Packages.Model;

namespace UpdateStation.Packages.Tests.Model;

public sealed class Sha256Tests
{
    [Fact]
    public void HashData_Abc_IsTheStandardsExample()
    {
        // Act: FIPS 180-4's one-block example.
        var digest = Sha256.HashData("abc"u8);

        // Assert
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void HashData_EveryLengthUpToFourBlocks_IsThePlatformsSha256()
    {
        // Arrange: every length through 0 to 256 bytes covers each padding case (the length in the same block, or in
        // a block of its own at 56 to 63 bytes over a whole block) several times over.
        var random = new Random(20);
        var data = new byte[256];
        random.NextBytes(data);

        for (var length = 0; length <= data.Length; length++)
        {
            // Act
            var ours = Sha256.HashData(data.AsSpan(0, length));

            // Assert
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(data.AsSpan(0, length)), ours);
        }
    }

    [Fact]
    public void HashData_APlanOfThousandsOfLines_IsThePlatformsSha256()
    {
        // Arrange
        var text = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("package-").Append(i).Append("\tupgrade\t1.").Append(i).Append("-1\t1.").Append(i).Append("-2\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        // Act
        var ours = Sha256.HashData(bytes);

        // Assert
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(bytes), ours);
    }
}
