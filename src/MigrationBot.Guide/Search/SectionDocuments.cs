using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;

namespace MigrationBot.Guide.Search;

/// <summary>How a guide's sections become Lucene documents, and which of its words the stemmer must keep.</summary>
internal static partial class SectionDocuments
{
    /// <summary>The stored field holding the section id.</summary>
    public const string IdField = "id";

    /// <summary>The field holding an introduction's article title, for questions that name a page.</summary>
    public const string LeadField = "lead";

    /// <summary>The document of one section: its id and article stored, title, heading path, meta and text indexed.</summary>
    public static Document Of(GuideArticle article, GuideSection section)
    {
        var meta = new List<string?> { article.Description, article.Area, article.Topic };
        if (article.Kind == ArticleKind.Step)
        {
            meta.Add(string.Create(CultureInfo.InvariantCulture, $"step {article.StepNumber} {article.StepName}"));
        }

        var document = new Document
        {
            new StringField(IdField, section.Id, Field.Store.YES),
            new StringField("article", article.Path, Field.Store.YES),
            new TextField("title", article.Title, Field.Store.NO),
            new TextField("heading", string.Join(" ", section.HeadingPath.DefaultIfEmpty(section.Heading ?? string.Empty)), Field.Store.NO),
            new TextField("meta", string.Join(" ", meta.Where(m => !string.IsNullOrWhiteSpace(m))), Field.Store.NO),
            new TextField("body", section.Text, Field.Store.NO),
        };
        if (IsNavigation(section))
        {
            document.Add(new StoredField(NavigationField, 1));
        }

        if (section.Anchor is null)
        {
            document.Add(new TextField(LeadField, article.Title, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Stored only on a section that points elsewhere (<see cref="IsNavigation"/>).</summary>
    public const string NavigationField = "navigation";

    /// <summary>
    /// True for a section that only points elsewhere ("Next steps", "Learn more", "Related content", "See also"). Its
    /// words still count for its article, but it is never an answer: its link titles name other pages' topics.
    /// </summary>
    public static bool IsNavigation(GuideSection section) => section.Heading is not null && NavigationHeading().IsMatch(section.Heading.Trim());

    [GeneratedRegex(@"^(?:next steps?|related (?:content|resources|articles|links)|see also|learn more|additional resources|more resources|resources)$", RegexOptions.IgnoreCase)]
    private static partial Regex NavigationHeading();

    /// <summary>Service-name words the stemmer must keep: acronyms, words with digits or inner capitals, and a built-in list.</summary>
    public static CharArraySet ProtectedWords(IReadOnlyList<ServiceMapping> mappings)
    {
        var words = new CharArraySet(GuideAnalyzers.Version, 128, ignoreCase: true);
        foreach (var word in ServiceNames.BuiltInProtectedWords)
        {
            words.Add(word);
        }

        foreach (var mapping in mappings)
        {
            foreach (var name in ServiceNames.SplitCell(mapping.AwsService).Concat(ServiceNames.SplitCell(mapping.AzureService)))
            {
                foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (word.Any(char.IsDigit) || word.Skip(1).Any(char.IsUpper))
                    {
                        words.Add(word.ToLowerInvariant());
                    }
                }
            }
        }

        return words;
    }
}
