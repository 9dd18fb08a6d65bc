using System.Globalization;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Embeddings;

namespace MigrationBot.Commands;

/// <summary>
/// The semantic-leg options the benchmarks share: <c>--semantic off|static|full</c>, <c>--semantic-weight W</c>,
/// <c>--semantic-accept S</c>, <c>--semantic-reject S</c>, <c>--semantic-cache DIR</c> (default <c>data/embeddings</c>).
/// </summary>
internal sealed class SemanticArguments
{
    public const string Usage = "[--semantic off|static|full] [--semantic-weight W] [--semantic-accept S] [--semantic-reject S] [--semantic-cache DIR]";

    private SemanticFusion _fusion = new();

    public SemanticMode Mode { get; private set; } = SemanticMode.Off;

    public string CacheFolder { get; private set; } = Path.Combine("data", "embeddings");

    public SemanticFusion Fusion => _fusion;

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
            case "--semantic" when Enum.TryParse<SemanticMode>(value, ignoreCase: true, out var mode):
                Mode = mode;
                break;
            case "--semantic-weight" when number is >= 0 and <= 1:
                _fusion = new SemanticFusion { Weight = number, Depth = _fusion.Depth, AcceptSimilarity = _fusion.AcceptSimilarity, RejectSimilarity = _fusion.RejectSimilarity };
                break;
            case "--semantic-accept" when number is >= -1 and <= 2:
                _fusion = new SemanticFusion { Weight = _fusion.Weight, Depth = _fusion.Depth, AcceptSimilarity = number, RejectSimilarity = _fusion.RejectSimilarity };
                break;
            case "--semantic-reject" when number is >= -1 and <= 2:
                _fusion = new SemanticFusion { Weight = _fusion.Weight, Depth = _fusion.Depth, AcceptSimilarity = _fusion.AcceptSimilarity, RejectSimilarity = number };
                break;
            case "--semantic-cache":
                CacheFolder = value;
                break;
            default:
                return false;
        }

        i++;
        return true;
    }

    /// <summary>The model the options ask for, or null for none.</summary>
    public SemanticModel? Load(CancellationToken cancellationToken) => Mode switch
    {
        SemanticMode.Static => SemanticModel.LoadStatic(CacheFolder, Environment.ProcessorCount, cancellationToken),
        SemanticMode.Full => SemanticModel.LoadFull(),
        _ => null,
    };
}
