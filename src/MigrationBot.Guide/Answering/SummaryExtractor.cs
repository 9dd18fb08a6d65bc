using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Picks the 2-5 sentences or list items of a section that best match a question, keeps them in their original
/// order, and stays within about <see cref="MaxLength"/> characters.
/// </summary>
public sealed partial class SummaryExtractor
{
    /// <summary>The most characters a summary holds, give or take the last word.</summary>
    public const int MaxLength = 600;

    private const int MinUnits = 2;
    private const int MaxUnits = 5;

    private readonly Func<string, IReadOnlyList<string>> _analyze;
    private readonly ConcurrentDictionary<string, SummaryUnit[]> _unitsBySection = new(StringComparer.Ordinal);

    /// <param name="analyze">Turns text into the same terms questions are turned into.</param>
    public SummaryExtractor(Func<string, IReadOnlyList<string>> analyze)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        _analyze = analyze;
    }

    /// <summary>The summary of a section for a question whose analyzed terms are given, weighted by importance.</summary>
    public IReadOnlyList<string> Summarize(GuideSection section, IReadOnlyDictionary<string, double> termWeights)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(termWeights);
        var units = _unitsBySection.GetOrAdd(section.Id, _ => Split(section));
        if (units.Length == 0)
        {
            return [];
        }

        var ranked = units
            .Select((unit, index) => new { unit, index, score = Score(unit, termWeights, index) })
            .OrderByDescending(x => x.score)
            .ThenBy(x => x.index)
            .ToList();

        var chosen = new List<int>();
        var length = 0;
        foreach (var candidate in ranked)
        {
            if (chosen.Count == MaxUnits || (candidate.score <= 0 && chosen.Count >= MinUnits))
            {
                break;
            }

            var unitLength = candidate.unit.Text.Length;
            if (chosen.Count > 0 && length + unitLength > MaxLength)
            {
                continue;
            }

            chosen.Add(candidate.index);
            length += Math.Min(unitLength, MaxLength);
        }

        CompleteLeadIns(units, chosen, length);
        return chosen
            .Order()
            .Select(index => Shorten(units[index].Text, chosen.Count == 1 ? MaxLength : MaxLength - 80))
            .ToList();
    }

    /// <summary>
    /// A sentence that introduces a list ("Replace queues with:") says nothing alone: the items it introduces follow
    /// it, as many as fit, and a lead-in with no room for any item is dropped.
    /// </summary>
    private static void CompleteLeadIns(SummaryUnit[] units, List<int> chosen, int length)
    {
        foreach (var leadIn in chosen.Where(i => units[i].IntroducesItems && i + 1 < units.Length && units[i + 1].IsItem).Order().ToList())
        {
            var added = 0;
            for (var i = leadIn + 1; i < units.Length && units[i].IsItem; i++)
            {
                if (chosen.Contains(i))
                {
                    added++;
                    continue;
                }

                if (chosen.Count >= MaxUnits || length + units[i].Text.Length > MaxLength)
                {
                    break;
                }

                chosen.Add(i);
                length += units[i].Text.Length;
                added++;
            }

            if (added == 0)
            {
                chosen.Remove(leadIn);
                length -= Math.Min(units[leadIn].Text.Length, MaxLength);
            }
        }
    }

    private static double Score(SummaryUnit unit, IReadOnlyDictionary<string, double> weights, int index)
    {
        var score = 0.0;
        foreach (var term in unit.Terms)
        {
            score += weights.GetValueOrDefault(term);
        }

        // Earlier text usually states the point; a slight edge keeps ties in reading order.
        return score > 0 ? score + (0.05 / (index + 1)) : 0;
    }

    private SummaryUnit[] Split(GuideSection section)
    {
        var units = new List<SummaryUnit>();
        foreach (var block in section.Blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Paragraph:
                    foreach (var sentence in SentenceEnd().Split(block.Text))
                    {
                        AddUnit(units, sentence, isItem: false);
                    }

                    break;
                case BlockKind.ListItem:
                case BlockKind.TableRow:
                    AddUnit(units, block.Text, isItem: true);
                    break;
                case BlockKind.Code:
                default:
                    break;
            }
        }

        return units.ToArray();
    }

    private void AddUnit(List<SummaryUnit> units, string text, bool isItem)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 3)
        {
            return;
        }

        units.Add(new SummaryUnit(trimmed, _analyze(trimmed).ToHashSet(StringComparer.Ordinal), isItem));
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1), "…");
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'(\[])")]
    private static partial Regex SentenceEnd();

    private sealed record SummaryUnit(string Text, HashSet<string> Terms, bool IsItem)
    {
        public bool IntroducesItems => !IsItem && Text.EndsWith(':');
    }
}
