namespace UpdateStation.Gtk.Tests;

public sealed class RemovalQuestionTests
{
    [Fact]
    public void For_PlanThatRemovesPackages_NamesEachOneALine()
    {
        // Arrange
        UpdatePlan plan = Plans.With(Plans.Upgrade("a"), new("legacy-codec", ChangeAction.Remove, "1", null), new("old\u202eevil", ChangeAction.Remove, "2", null));

        // Act
        RemovalQuestion? question = RemovalQuestion.For(plan);

        // Assert
        Assert.NotNull(question);
        Assert.Equal("Installing these updates removes 2 packages:", question.Title);
        Assert.Equal("legacy-codec\nold\\u202eevil", question.Names);
    }

    [Fact]
    public void For_PlanThatRemovesNothing_AsksNothing()
    {
        // Act
        RemovalQuestion? question = RemovalQuestion.For(Plans.With(Plans.Upgrade("a")));

        // Assert
        Assert.Null(question);
    }
}
