using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class PersonalMattersTests
{
    [Theory]
    [InlineData("how much does the AZ-104 certification exam cost")]
    [InlineData("study plan for the DP-203 data engineer")]
    [InlineData("which google cloud certification is best for beginners")]
    [InlineData("how do I pass the AWS Solutions Architect Associate exam")]
    [InlineData("how to cancel my personal microsoft 365 subscription")]
    [InlineData("can I buy a power bi pro license just for myself with a personal gmail address?")]
    public void QuestionAboutAnExamOrAPersonalAccountIsRecognized(string question)
    {
        Assert.True(PersonalMatters.Asked(question));
    }

    [Theory]
    [InlineData("which compliance certifications does Azure hold that AWS Artifact used to show us?")]
    [InlineData("examine the cost report after the move")]
    [InlineData("how do we train the team on Azure before the cutover?")]
    [InlineData("should pipelines use personal access tokens or a service connection?")]
    [InlineData("where does personal data live after the move, for GDPR?")]
    public void QuestionAboutServicesTrainingOrDataIsNot(string question)
    {
        Assert.False(PersonalMatters.Asked(question));
    }
}
