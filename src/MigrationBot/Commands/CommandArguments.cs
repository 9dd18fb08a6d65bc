namespace MigrationBot.Commands;

/// <summary>A command's arguments: <c>--name value</c> (or <c>--name=value</c>) options and the words around them.</summary>
/// <param name="Words">Arguments that are not options, in order.</param>
/// <param name="Options">Option values by name (without the dashes).</param>
/// <param name="Error">What is wrong with the arguments, or null.</param>
public sealed record CommandArguments(IReadOnlyList<string> Words, IReadOnlyDictionary<string, string> Options, string? Error)
{
    /// <summary>Reads arguments, accepting only the named options; an unknown option or a missing value is an <see cref="Error"/>.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(args);
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(args[i]);
                continue;
            }

            var (name, value) = args[i].IndexOf('=', StringComparison.Ordinal) is var equals and > 0
                ? (args[i][2..equals], args[i][(equals + 1)..])
                : (args[i][2..], i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                return new CommandArguments(words, options, $"unknown option '--{name}'");
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                return new CommandArguments(words, options, $"option '--{name}' needs a value");
            }

            options[name] = value;
        }

        return new CommandArguments(words, options, null);
    }

    /// <summary>An option's value, or null.</summary>
    public string? this[string name] => Options.GetValueOrDefault(name);
}
