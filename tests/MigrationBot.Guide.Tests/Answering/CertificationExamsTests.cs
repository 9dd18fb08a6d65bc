using MigrationBot.Guide.Answering;

namespace MigrationBot.Guide.Tests.Answering;

public sealed class CertificationExamsTests
{
    [Theory]
    [InlineData("how much does the AZ-104 certification exam cost")]
    [InlineData("study plan for the DP-203 data engineer")]
    [InlineData("which google cloud certification is best for beginners")]
    [InlineData("how do I pass the AWS Solutions Architect Associate exam")]
    public void QuestionAboutAnExamIsRecognized(string question)
    {
        Assert.True(CertificationExams.Asked(question));
    }

    [Theory]
    [InlineData("which compliance certifications does Azure hold that AWS Artifact used to show us?")]
    [InlineData("examine the cost report after the move")]
    [InlineData("how do we train the team on Azure before the cutover?")]
    public void QuestionAboutServicesOrTrainingIsNot(string question)
    {
        Assert.False(CertificationExams.Asked(question));
    }
}
