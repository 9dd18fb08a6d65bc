using System.Globalization;

namespace MigrationBot.Conversation;

/// <summary>The culture of an activity's <c>locale</c>, for dates and strings; English when absent or unknown.</summary>
public static class ActivityCulture
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo Of(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return Fallback;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return Fallback;
        }
    }
}
