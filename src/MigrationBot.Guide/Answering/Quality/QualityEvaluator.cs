namespace MigrationBot.Guide.Answering.Quality;

/// <summary>Scores answers against a question set (top-1 article, MRR@5, section hit@1, declines).</summary>
public static class QualityEvaluator
{
    private const int RankDepth = 5;

    /// <summary>Asks every question and measures the answers.</summary>
    public static QualityReport Evaluate(IReadOnlyList<BenchQuestion> questions, Func<string, Answer> ask)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(ask);
        int inScope = 0, outOfScope = 0, top1 = 0, sectionHits = 0, declinedOut = 0, declinedIn = 0;
        var reciprocalRanks = 0.0;
        var misses = new List<QualityMiss>();
        foreach (var question in questions)
        {
            var answer = ask(question.Question);
            var first = answer.Results.Count > 0 ? answer.Results[0] : null;
            if (!question.InScope)
            {
                outOfScope++;
                if (answer.Declined)
                {
                    declinedOut++;
                }
                else
                {
                    misses.Add(new QualityMiss(question, "answered", first?.Section.Id));
                }

                continue;
            }

            inScope++;
            if (answer.Declined)
            {
                declinedIn++;
                misses.Add(new QualityMiss(question, "declined", null));
                continue;
            }

            var rank = answer.Results
                .Take(RankDepth)
                .Select((result, index) => (result, index))
                .FirstOrDefault(x => SamePath(x.result.Article.Path, question.Article!), (null!, -1)).index;
            if (rank >= 0)
            {
                reciprocalRanks += 1.0 / (rank + 1);
            }

            if (rank == 0)
            {
                top1++;
                if (question.Section is null || string.Equals(first!.Section.Anchor ?? string.Empty, question.Section, StringComparison.OrdinalIgnoreCase))
                {
                    sectionHits++;
                }
                else
                {
                    misses.Add(new QualityMiss(question, "wrong section", first!.Section.Id));
                }
            }
            else
            {
                misses.Add(new QualityMiss(question, "wrong article", first?.Section.Id));
            }
        }

        return new QualityReport(
            questions.Count,
            inScope,
            outOfScope,
            Rate(top1, inScope),
            inScope == 0 ? 0 : reciprocalRanks / inScope,
            Rate(sectionHits, inScope),
            Rate(declinedOut, outOfScope),
            Rate(declinedIn, inScope),
            misses);
    }

    private static bool SamePath(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static double Rate(int count, int total) => total == 0 ? 0 : (double)count / total;
}
