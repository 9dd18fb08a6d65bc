using System.Globalization;
using System.Resources;

namespace MigrationBot.Guide.Cards;

/// <summary>
/// Every string the cards show, read from <c>CardStrings.resx</c> for one culture. A translation is a
/// <c>CardStrings.&lt;culture&gt;.resx</c> next to it; missing keys fall back to English.
/// Members are named after their resource keys.
/// </summary>
public sealed class CardText
{
    private static readonly ResourceManager Resources =
        new("MigrationBot.Guide.Cards.CardStrings", typeof(CardText).Assembly);

    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en-US");

    private static readonly Lazy<HashSet<string>> KnownCultures = new(() =>
        CultureInfo.GetCultures(CultureTypes.AllCultures)
            .Select(c => c.Name)
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static readonly string[] DateFormats = ["M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "yyyy-M-d"];

    public CardText(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    /// <summary>The culture for an activity's <c>locale</c> (<c>en-US</c>, <c>de-de</c>); English for a missing or unknown one.</summary>
    public static CultureInfo CultureFor(string? locale)
    {
        var name = locale?.Trim();
        return !string.IsNullOrEmpty(name) && KnownCultures.Value.Contains(name)
            ? CultureInfo.GetCultureInfo(name)
            : DefaultCulture;
    }

    /// <summary>The culture text and dates are given in.</summary>
    public CultureInfo Culture { get; }

    public string PlaceStep(int number, int count, string name) => Format(nameof(PlaceStep), number, count, name);

    public string PlaceStepNumber(int number, int count) => Format(nameof(PlaceStepNumber), number, count);

    public string PlaceService(string area) => Format(nameof(PlaceService), area);

    public string YouAsked => Get(nameof(YouAsked));

    public string MappingHeading => Get(nameof(MappingHeading));

    public string MappingValue(string azureService, string note) => Format(nameof(MappingValue), azureService, note);

    public string Updated(string date) => Format(nameof(Updated), date);

    public string ReadFullArticle => Get(nameof(ReadFullArticle));

    public string NextStep(string title) => Format(nameof(NextStep), title);

    public string MoreAnswers => Get(nameof(MoreAnswers));

    public string RelatedHeading => Get(nameof(RelatedHeading));

    public string Helpful => Get(nameof(Helpful));

    public string NotHelpful => Get(nameof(NotHelpful));

    public string StepPurposeHeading => Get(nameof(StepPurposeHeading));

    public string StepChecklistHeading => Get(nameof(StepChecklistHeading));

    public string StepOutputsHeading => Get(nameof(StepOutputsHeading));

    public string StepToolsHeading => Get(nameof(StepToolsHeading));

    public string ShowJourney => Get(nameof(ShowJourney));

    public string JourneyIntro(int count) => Format(nameof(JourneyIntro), count);

    public string JourneyEmpty => Get(nameof(JourneyEmpty));

    public string OpenStep(int number, string name) => Format(nameof(OpenStep), number, name);

    public string StartWithStep(int number, string name) => Format(nameof(StartWithStep), number, name);

    public string WelcomeHeading => Get(nameof(WelcomeHeading));

    public string WelcomeIntro => Get(nameof(WelcomeIntro));

    public string WelcomeExamplesHeading => Get(nameof(WelcomeExamplesHeading));

    public string WelcomeCommandsHeading => Get(nameof(WelcomeCommandsHeading));

    public string CommandHelp => Get(nameof(CommandHelp));

    public string CommandJourney => Get(nameof(CommandJourney));

    public string CommandStep => Get(nameof(CommandStep));

    public string CommandNext => Get(nameof(CommandNext));

    public string CommandMore => Get(nameof(CommandMore));

    public string ReplyApology => Get(nameof(ReplyApology));

    public string ReplyStillLoading => Get(nameof(ReplyStillLoading));

    public string ReplyNothingBefore => Get(nameof(ReplyNothingBefore));

    public string ReplyNoMore => Get(nameof(ReplyNoMore));

    public string ReplyFeedbackThanks => Get(nameof(ReplyFeedbackThanks));

    public string ReplyUnknownSection => Get(nameof(ReplyUnknownSection));

    /// <summary>The default example questions of the welcome card.</summary>
    public IReadOnlyList<string> ExampleQuestions =>
        [Get("ExampleQuestion1"), Get("ExampleQuestion2"), Get("ExampleQuestion3")];

    public string NotCoveredHeading => Get(nameof(NotCoveredHeading));

    /// <summary>The sentence around the user's question; <c>{0}</c> marks where it goes.</summary>
    public string NotCoveredQuestion => Get(nameof(NotCoveredQuestion));

    public string NotCoveredNoQuestion => Get(nameof(NotCoveredNoQuestion));

    public string ClosestHeading => Get(nameof(ClosestHeading));

    public string RephraseHeading => Get(nameof(RephraseHeading));

    public string RephraseService => Get(nameof(RephraseService));

    public string RephraseStep(string stepNames) => Format(nameof(RephraseStep), stepNames);

    public string RephraseShort => Get(nameof(RephraseShort));

    public string ListSeparator => Get(nameof(ListSeparator));

    public string TopicName(string articleTitle, string heading) => Format(nameof(TopicName), articleTitle, heading);

    /// <summary>
    /// An <c>ms.date</c> value (Learn writes <c>MM/DD/YYYY</c>; ISO dates are read too) as a short date of the
    /// culture, the text as written when it is no date, or null when there is none.
    /// </summary>
    public string? Date(string? msDate)
    {
        if (string.IsNullOrWhiteSpace(msDate))
        {
            return null;
        }

        return DateOnly.TryParseExact(msDate.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d", Culture)
            : msDate.Trim();
    }

    /// <summary>The resource string of a key in this culture.</summary>
    /// <exception cref="InvalidOperationException">The key is missing from <c>CardStrings.resx</c>.</exception>
    internal string Get(string key) =>
        Resources.GetString(key, Culture) ?? throw new InvalidOperationException($"CardStrings has no '{key}'.");

    private string Format(string key, params object[] args) => string.Format(Culture, Get(key), args);
}
