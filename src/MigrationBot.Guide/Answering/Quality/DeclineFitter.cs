namespace MigrationBot.Guide.Answering.Quality;

/// <summary>
/// Fits a <see cref="DeclineModel"/> to benchmark questions by L2-regularized logistic regression (Newton's method,
/// deterministic), on the questions no plain rule of <see cref="DeclinePolicy"/> settles.
/// </summary>
public static class DeclineFitter
{
    private const int Iterations = 50;

    /// <summary>Fits the model. Out-of-scope questions are the positive class.</summary>
    /// <param name="samples">The questions with their evidence.</param>
    /// <param name="l2">The penalty on the squared weights (not on the bias).</param>
    /// <param name="inScopeWeight">How much the in-scope questions count against the out-of-scope ones, after every
    /// guide and both classes within it are first given equal total weight: above 1 makes wrongly declining costlier
    /// than wrongly answering.</param>
    /// <param name="features">The names of the features to weigh; the others keep a weight of zero. Null for all.</param>
    public static DeclineModel Fit(IReadOnlyList<DeclineSample> samples, double l2, double inScopeWeight, IReadOnlyCollection<string>? features = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var used = samples.Where(s => DeclinePolicy.Rule(s.Evidence) is null).ToList();
        var columns = Enumerable.Range(0, DeclineModel.FeatureNames.Count)
            .Where(i => features is null || features.Contains(DeclineModel.FeatureNames[i]))
            .ToArray();
        var dimension = columns.Length + 1;
        var x = used.Select(s => DeclineModel.Features(s.Evidence)).Select(f => columns.Select(c => f[c]).Prepend(1.0).ToArray()).ToArray();
        var y = used.Select(s => s.InScope ? 0.0 : 1.0).ToArray();
        // Each guide, and within it each class, weighs the same in total, so the guide with the most questions does
        // not set the model for all the others.
        var cells = used.GroupBy(s => (s.Guide, s.InScope)).ToDictionary(g => g.Key, g => g.Count());
        var guides = used.Select(s => s.Guide).Distinct(StringComparer.Ordinal).Count();
        var w = used.Select(s => (s.InScope ? inScopeWeight : 1.0) * used.Count / (2.0 * guides * cells[(s.Guide, s.InScope)])).ToArray();
        var beta = new double[dimension];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[dimension];
            var hessian = new double[dimension, dimension];
            for (var i = 0; i < x.Length; i++)
            {
                var p = Sigmoid(Dot(beta, x[i]));
                var g = w[i] * (p - y[i]);
                var h = w[i] * p * (1 - p);
                for (var a = 0; a < dimension; a++)
                {
                    gradient[a] += g * x[i][a];
                    for (var b = 0; b < dimension; b++)
                    {
                        hessian[a, b] += h * x[i][a] * x[i][b];
                    }
                }
            }

            for (var a = 1; a < dimension; a++)
            {
                gradient[a] += l2 * beta[a];
                hessian[a, a] += l2;
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            for (var a = 0; a < dimension; a++)
            {
                beta[a] -= step[a];
            }

            if (step.Max(Math.Abs) < 1e-9)
            {
                break;
            }
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            weights[DeclineModel.FeatureNames[columns[i]]] = beta[i + 1];
        }

        return new DeclineModel(beta[0], weights);
    }

    /// <summary>Whether the policy with a model declines a sample.</summary>
    public static bool Declines(DeclineModel model, DeclineSample sample)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sample);
        return new DeclinePolicy { Model = model }.ShouldDecline(sample.Evidence);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Solves <c>a * v = b</c> by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            for (var k = 0; k < n; k++)
            {
                (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
            }

            (v[col], v[pivot]) = (v[pivot], v[col]);
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                v[row] -= factor * v[col];
            }
        }

        var result = new double[n];
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = v[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * result[k];
            }

            result[row] = sum / m[row, row];
        }

        return result;
    }
}
