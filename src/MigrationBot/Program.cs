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
await app.RunAsync();
return 0;
