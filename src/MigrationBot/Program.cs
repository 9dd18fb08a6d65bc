using Microsoft.Extensions.Options;
using MigrationBot.Channel;
using MigrationBot.Commands;
using MigrationBot.Conversation;
using MigrationBot.Hosting;
using MigrationBot.Storage;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMigrationGuide();
builder.Services.AddBotChannel(builder.Configuration);
builder.Services.AddBotTelemetry();
builder.Services.AddBotStore(builder.Configuration);
builder.Services.AddGuideConversation();

var app = builder.Build();
app.MapHealthEndpoints();
app.MapGuidePages();
app.MapBotEndpoints();
try
{
    await app.RunAsync();
}
catch (Exception error) when (error is InvalidOperationException or OptionsValidationException)
{
    // A start that fails on settings or on the guide says why and exits with 1; the host has logged the details.
    await Console.Error.WriteLineAsync($"MigrationBot did not start: {error.Message}");
    return 1;
}

return 0;
