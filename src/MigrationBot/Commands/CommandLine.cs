namespace MigrationBot.Commands;

/// <summary>
/// The executable's verbs besides serving: <c>lint</c>, <c>ask</c>, <c>bench</c>. Anything else starts the host.
/// </summary>
public static class CommandLine
{
    /// <summary>True when the arguments name a command rather than host settings.</summary>
    public static bool IsCommand(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 && Verbs.ContainsKey(args[0]);
    }

    /// <summary>Runs the command the arguments name and returns its exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var io = new CommandIO(input, output, error);
        return Verbs[args[0]](args[1..], io, cancellationToken);
    }

    private static readonly Dictionary<string, Func<string[], CommandIO, CancellationToken, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["lint"] = LintCommand.RunAsync,
        ["bench"] = BenchCommand.RunAsync,
    };
}
