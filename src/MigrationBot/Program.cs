using MigrationBot.Channel;
using MigrationBot.Commands;
using MigrationBot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddMigrationGuide();
builder.Services.AddBotChannel(builder.Configuration);
builder.Services.AddBotTelemetry();

var app = builder.Build();
app.MapHealthEndpoints();
app.MapBotEndpoints();
await app.RunAsync();
return 0;
