using System.Globalization;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Commands;

/// <summary>
/// The semantic-leg options the commands share: <c>--semantic on|off</c> (default on, as in the bot),
/// <c>--semantic-weight W</c>, <c>--semantic-lead X</c> (see <see cref="SemanticFusion"/>).
/// </summary>
internal sealed class SemanticArguments
{
    public const string Usage = "[--semantic on|off] [--semantic-weight W] [--semantic-lead X]";

    /// <param name="enabled">Whether the semantic leg is on unless the options say otherwise.</param>
    public SemanticArguments(bool enabled = true) => Enabled = enabled;

    public bool Enabled { get; private set; }

    public SemanticFusion Fusion { get; private set; } = new();

    /// <summary>Reads the option at <paramref name="i"/> and its value; false when it is not one of these options or is malformed.</summary>
    public bool TryConsume(string[] args, ref int i)
    {
        if (i + 1 >= args.Length)
        {
            return false;
        }

        var value = args[i + 1];
        var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
        switch (args[i])
        {
            case "--semantic" when value is "on" or "off":
                Enabled = value == "on";
                break;
            case "--semantic-weight" when number is >= 0 and <= 1:
                Fusion = Fusion with { Weight = number };
                break;
            case "--semantic-lead" when number is >= 0 and <= 1:
                Fusion = Fusion with { ClearLead = number };
                break;
            default:
                return false;
        }

        i++;
        return true;
    }

    /// <summary>The model when the options ask for one, else null.</summary>
    public SemanticModel? Load() => Enabled ? SemanticModel.Load() : null;
}
