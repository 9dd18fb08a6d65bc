using System.Text.RegularExpressions;

namespace MigrationBot.Guide.Answering;

/// <summary>
/// Tells which cloud a guide moves workloads from, by how many of its sections name each one, and whether a
/// question names a different one ("How do I move from Google Cloud?" asked of an AWS guide).
/// </summary>
internal sealed partial class SourcePlatforms
{
    /// <summary>A platform the guide names in fewer than this share of its sections is not one it covers.</summary>
    private const double CoveredShare = 0.03;

    private static readonly Platform[] Known =
    [
        new("AWS", AwsPattern()),
        new("Google Cloud", GooglePattern()),
        new("Oracle Cloud", OraclePattern()),
        new("IBM Cloud", IbmPattern()),
        new("Alibaba Cloud", AlibabaPattern()),
        new("DigitalOcean", DigitalOceanPattern()),
        new("Heroku", HerokuPattern()),
    ];

    private readonly HashSet<string> _covered = new(StringComparer.Ordinal);

    public SourcePlatforms(MigrationGuide guide)
    {
        var sections = guide.Articles.SelectMany(a => a.Sections.Select(s => $"{a.Title}\n{s.Heading}\n{s.Text}")).ToList();
        foreach (var platform in Known)
        {
            var count = sections.Count(platform.Pattern.IsMatch);
            if (sections.Count > 0 && count >= Math.Max(1, CoveredShare * sections.Count))
            {
                _covered.Add(platform.Name);
            }
        }
    }

    /// <summary>True when the question names a cloud platform the guide does not cover.</summary>
    public bool NamesOtherPlatform(string question) =>
        question.Length <= 2000 && Known.Any(p => !_covered.Contains(p.Name) && p.Pattern.IsMatch(question));

    [GeneratedRegex(@"\b(?:aws|amazon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwsPattern();

    [GeneratedRegex(@"\b(?:google|gcp|gke|bigquery)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GooglePattern();

    [GeneratedRegex(@"\b(?:oci|oracle\s+cloud)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OraclePattern();

    [GeneratedRegex(@"\bibm\s+cloud\b", RegexOptions.IgnoreCase)]
    private static partial Regex IbmPattern();

    [GeneratedRegex(@"\b(?:alibaba|aliyun)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlibabaPattern();

    [GeneratedRegex(@"\bdigital\s?ocean\b", RegexOptions.IgnoreCase)]
    private static partial Regex DigitalOceanPattern();

    [GeneratedRegex(@"\bheroku\b", RegexOptions.IgnoreCase)]
    private static partial Regex HerokuPattern();

    private sealed record Platform(string Name, Regex Pattern);
}
