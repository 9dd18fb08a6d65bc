using System.Text.Json;
using System.Text.Json.Nodes;
using MigrationBot.Guide.Cards;
using MigrationBot.Testing;

namespace MigrationBot.Guide.Tests.Cards;

/// <summary>
/// Compares a reply with <c>TestData/Cards/&lt;name&gt;.expected.json</c> (card, text and summary), so any change to
/// a card shows as a diff. <c>UPDATE_EXPECTED=1</c> rewrites the files in the source tree instead.
/// </summary>
internal static class ExpectedCardFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertMatches(string name, CardReply reply)
    {
        var actual = new JsonObject
        {
            ["text"] = reply.Text,
            ["summary"] = reply.Summary,
            ["card"] = JsonNode.Parse(CardJson.Serialize(reply.Card)),
        };
        var fileName = name + ".expected.json";
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED") == "1")
        {
            var source = Path.Combine(RepoPaths.Root, "tests", "MigrationBot.Guide.Tests", "TestData", "Cards", fileName);
            File.WriteAllText(source, actual.ToJsonString(Indented) + "\n");
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Cards", fileName);
        Assert.True(File.Exists(path), $"{fileName} is missing; run the tests with UPDATE_EXPECTED=1 to write it. Actual:\n{actual.ToJsonString(Indented)}");
        var expected = JsonNode.Parse(File.ReadAllText(path));
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Equal(expected!.ToJsonString(Indented), actual.ToJsonString(Indented));
        }
    }
}
