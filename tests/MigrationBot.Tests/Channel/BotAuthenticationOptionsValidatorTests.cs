using Microsoft.Extensions.Hosting.Internal;
using MigrationBot.Channel;
using MigrationBot.Tests.Support;

namespace MigrationBot.Tests.Channel;

public sealed class BotAuthenticationOptionsValidatorTests
{
    private static string? Validate(string environment, string? type, string? id, string? password, string? tenant)
    {
        var validator = new BotAuthenticationOptionsValidator(new HostingEnvironment { EnvironmentName = environment });
        var result = validator.Validate(null, new BotAuthenticationOptions
        {
            MicrosoftAppType = type,
            MicrosoftAppId = id,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
        });
        return result.Failed ? result.FailureMessage : null;
    }

    [Theory]
    [InlineData("Production", "MultiTenant", BotAppFactory.AppId, "secret", null)]
    [InlineData("Production", null, BotAppFactory.AppId, "secret", null)]
    [InlineData("Production", "singletenant", BotAppFactory.AppId, "secret", BotAppFactory.TenantId)]
    [InlineData("Production", "UserAssignedMSI", BotAppFactory.AppId, null, BotAppFactory.TenantId)]
    [InlineData("Development", null, null, null, null)]
    public void ValidIdentitiesPass(string environment, string? type, string? id, string? password, string? tenant) =>
        Assert.Null(Validate(environment, type, id, password, tenant));

    [Theory]
    [InlineData("Production", "UserAssignedMSI", BotAppFactory.AppId, "secret", BotAppFactory.TenantId,
        "MicrosoftAppType is UserAssignedMSI: MicrosoftAppPassword must be empty")]
    [InlineData("Production", "UserAssignedMSI", BotAppFactory.AppId, null, null,
        "MicrosoftAppType is UserAssignedMSI: MicrosoftAppTenantId")]
    [InlineData("Production", "SingleTenant", BotAppFactory.AppId, "secret", null,
        "MicrosoftAppType is SingleTenant: MicrosoftAppTenantId")]
    [InlineData("Production", "SingleTenant", BotAppFactory.AppId, null, BotAppFactory.TenantId,
        "MicrosoftAppType is SingleTenant: MicrosoftAppPassword")]
    [InlineData("Production", "MultiTenant", BotAppFactory.AppId, null, null,
        "MicrosoftAppType is MultiTenant: MicrosoftAppPassword")]
    [InlineData("Production", null, null, null, null,
        "MicrosoftAppId is required in the Production environment")]
    [InlineData("Staging", null, null, null, null,
        "MicrosoftAppId is required in the Staging environment")]
    [InlineData("Development", null, null, "secret", null,
        "MicrosoftAppPassword is set but MicrosoftAppId is empty")]
    [InlineData("Production", "Federated", BotAppFactory.AppId, "secret", null,
        "MicrosoftAppType 'Federated' is not one of MultiTenant, SingleTenant, UserAssignedMSI")]
    [InlineData("Production", "MultiTenant", "my-bot", "secret", null,
        "MicrosoftAppId 'my-bot' is not a GUID")]
    public void InvalidIdentitiesAreRefusedWithAClearMessage(string environment, string? type, string? id, string? password, string? tenant, string message) =>
        Assert.Contains(message, Validate(environment, type, id, password, tenant), StringComparison.Ordinal);

    [Fact]
    public async Task HostInProductionWithoutAppIdRefusesToStart()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" },
            TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppId is required in the Production environment", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostWithUserAssignedMsiAndPasswordRefusesToStart()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string>
            {
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppId"] = BotAppFactory.AppId,
                ["MicrosoftAppPassword"] = "test-secret",
                ["MicrosoftAppTenantId"] = BotAppFactory.TenantId,
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppPassword must be empty", output, StringComparison.Ordinal);
    }
}
