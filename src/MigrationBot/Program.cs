using MigrationBot.Channel;
using MigrationBot.Commands;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBotChannel(builder.Configuration);
builder.Services.AddBotTelemetry();

var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Ok());
app.MapBotEndpoints();
await app.RunAsync();
return 0;
