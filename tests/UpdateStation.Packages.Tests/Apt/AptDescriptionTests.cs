using UpdateStation.Packages.Apt;

namespace UpdateStation.Packages.Tests.Apt;

public sealed class AptDescriptionTests
{
    [Theory]
    [InlineData("short only", "short only", null)]
    [InlineData("sum\n wrapped\n words\n .\n next", "sum", "wrapped words\n\nnext")]
    [InlineData("sum\n intro:\n   verbatim 1\n   verbatim 2\n end", "sum", "intro:\n  verbatim 1\n  verbatim 2\nend")]
    [InlineData(" ", null, null)]
    public void Split_SummaryAndParagraphs(string field, string? summary, string? description)
    {
        // Act, Assert
        Assert.Equal((summary, description), AptDescription.Split(field));
    }
}
