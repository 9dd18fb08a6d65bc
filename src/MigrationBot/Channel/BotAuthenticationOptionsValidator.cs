using Microsoft.Extensions.Options;

namespace MigrationBot.Channel;

/// <summary>Refuses bot identities Azure Bot Service would reject, with messages naming the key to fix.</summary>
public sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!BotAuthenticationOptions.TryParseAppType(options.MicrosoftAppType, out var type))
        {
            errors.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
            return ValidateOptionsResult.Fail(errors);
        }

        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        if (!options.HasAppId)
        {
            if (!environment.IsDevelopment())
            {
                errors.Add($"MicrosoftAppId is required in the {environment.EnvironmentName} environment: "
                    + "only Development accepts unauthenticated requests.");
            }

            if (hasPassword)
            {
                errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both or neither.");
            }

            if (type == BotAppType.UserAssignedMsi)
            {
                errors.Add("MicrosoftAppType is UserAssignedMSI: MicrosoftAppId must be the client id of the managed identity.");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            errors.Add($"MicrosoftAppId '{options.MicrosoftAppId}' is not a GUID: use the app (client) id of the bot's registration.");
        }

        switch (type)
        {
            case BotAppType.MultiTenant when !hasPassword:
                errors.Add("MicrosoftAppType is MultiTenant: MicrosoftAppPassword (the client secret) is required.");
                break;
            case BotAppType.SingleTenant:
                if (!hasTenant)
                {
                    errors.Add("MicrosoftAppType is SingleTenant: MicrosoftAppTenantId (the tenant of the app registration) is required.");
                }

                if (!hasPassword)
                {
                    errors.Add("MicrosoftAppType is SingleTenant: MicrosoftAppPassword (the client secret) is required.");
                }

                break;
            case BotAppType.UserAssignedMsi:
                if (hasPassword)
                {
                    errors.Add("MicrosoftAppType is UserAssignedMSI: MicrosoftAppPassword must be empty, a managed identity has no secret.");
                }

                if (!hasTenant)
                {
                    errors.Add("MicrosoftAppType is UserAssignedMSI: MicrosoftAppTenantId (the tenant of the managed identity) is required.");
                }

                break;
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
