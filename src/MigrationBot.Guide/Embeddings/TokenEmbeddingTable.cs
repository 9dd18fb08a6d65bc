using System.Diagnostics;
using System.Text;

namespace MigrationBot.Guide.Embeddings;

/// <summary>
/// One vector per word piece of the model's vocabulary, each the model's output for that piece alone: a static
/// distillation of the sentence model, so that a text is embedded as a weighted mean of table rows in microseconds.
/// Rows are centred on the vocabulary's mean (which the <c>[CLS]</c>/<c>[SEP]</c> frame dominates) and unit length.
/// </summary>
internal sealed class TokenEmbeddingTable
{
    private const int Magic = 0x4D424554;
    private const int BatchSize = 512;

    private readonly float[] _rows;

    internal TokenEmbeddingTable(string version, int count, int dimensions, float[] rows)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(rows.Length, count * dimensions);
        Version = version;
        Count = count;
        Dimensions = dimensions;
        _rows = rows;
    }

    public string Version { get; }

    public int Count { get; }

    public int Dimensions { get; }

    /// <summary>The vector of a word piece.</summary>
    public ReadOnlySpan<float> this[int tokenId] => _rows.AsSpan(tokenId * Dimensions, Dimensions);

    /// <summary>Runs every word piece of the vocabulary through the model once (about a minute on one core).</summary>
    public static TokenEmbeddingTable Build(int threads, CancellationToken cancellationToken)
    {
        var count = MiniLmModel.VocabularySize();
        var dimensions = MiniLmModel.Dimensions;
        var rows = new float[count * dimensions];
        using (var model = new MiniLmModel(threads))
        {
            for (var start = 0; start < count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = Enumerable.Range(start, Math.Min(BatchSize, count - start)).Select(MiniLmModel.Framed).ToArray();
                var vectors = model.Run(batch);
                for (var b = 0; b < vectors.Length; b++)
                {
                    vectors[b].CopyTo(rows, (start + b) * dimensions);
                }
            }
        }

        var mean = new double[dimensions];
        for (var t = 0; t < count; t++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                mean[d] += rows[(t * dimensions) + d];
            }
        }

        for (var t = 0; t < count; t++)
        {
            var row = rows.AsSpan(t * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++)
            {
                row[d] -= (float)(mean[d] / count);
            }

            Vectors.Normalize(row);
        }

        return new TokenEmbeddingTable(MiniLmModel.Version, count, dimensions, rows);
    }

    /// <summary>
    /// The table cached in <paramref name="folder"/> for the model's version, else a newly built one, which is then
    /// written there (a folder that cannot be written only costs the next start the same build).
    /// </summary>
    public static TokenEmbeddingTable LoadOrBuild(string folder, int threads, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = Path.Combine(folder, MiniLmModel.Version + ".tokens.bin");
        if (TryRead(path) is { } cached)
        {
            return cached;
        }

        var table = Build(threads, cancellationToken);
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            table.Write(temporary);
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException exception)
        {
            Trace.TraceWarning($"The token table could not be cached at '{path}': {exception.Message}");
        }
        catch (UnauthorizedAccessException exception)
        {
            Trace.TraceWarning($"The token table could not be cached at '{path}': {exception.Message}");
        }

        return table;
    }

    /// <summary>The table in a file, or null when the file is missing, of another model version, or damaged.</summary>
    public static TokenEmbeddingTable? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != Magic || reader.ReadString() != MiniLmModel.Version)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var dimensions = reader.ReadInt32();
            if (count <= 0 || dimensions <= 0 || (long)count * dimensions > int.MaxValue / sizeof(float))
            {
                return null;
            }

            var rows = new float[count * dimensions];
            var bytes = reader.ReadBytes(rows.Length * sizeof(float));
            if (bytes.Length != rows.Length * sizeof(float))
            {
                return null;
            }

            Buffer.BlockCopy(bytes, 0, rows, 0, bytes.Length);
            return new TokenEmbeddingTable(MiniLmModel.Version, count, dimensions, rows);
        }
        catch (EndOfStreamException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal void Write(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(Count);
        writer.Write(Dimensions);
        var bytes = new byte[_rows.Length * sizeof(float)];
        Buffer.BlockCopy(_rows, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }
}
