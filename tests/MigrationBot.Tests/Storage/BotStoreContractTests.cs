using Microsoft.Extensions.Time.Testing;
using MigrationBot.Storage;

namespace MigrationBot.Tests.Storage;

/// <summary>
/// What every <see cref="IBotStore"/> must do. Each implementation's test class derives from this one and supplies
/// stores over its own backing data; every test starts from empty data.
/// </summary>
public abstract class BotStoreContractTests
{
    /// <summary>A personal chat id with characters Table Storage keys forbid.</summary>
    protected static readonly ConversationKey PersonalChat = new("a:1Xy/z\\personal#chat?id=ü");
    protected static readonly ConversationKey GroupChat = new("19:group@thread.v2");
    protected static readonly ConversationKey TeamGeneral = new("19:general@thread.tacv2", "19:general@thread.tacv2");
    protected static readonly ConversationKey TeamChannel = new("19:channel@thread.tacv2;messageid=1", "19:general@thread.tacv2");
    protected static readonly ConversationKey OtherTeamChannel = new("19:other@thread.tacv2", "19:otherteam@thread.tacv2");

    private IBotStore? _store;

    /// <summary>The clock every store of the test reads.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Default retention periods.</summary>
    protected StorageOptions Options { get; } = new();

    /// <summary>The test's first store.</summary>
    protected IBotStore Store => _store ??= CreateStore();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new store instance over the same data as <see cref="Store"/>, as a second app instance would be.</summary>
    protected abstract IBotStore CreateStore();

    /// <summary>Makes the store's next multi-step write fail after its first step, as a crash would.</summary>
    protected abstract void InterruptAfterFirstStep(IBotStore store);

    [Fact]
    public async Task AnActivityIsNewOnlyTheFirstTimeItIsMarked()
    {
        Assert.True(await Store.TryMarkProcessedAsync(GroupChat, "activity-1", Ct));
        Assert.False(await Store.TryMarkProcessedAsync(GroupChat, "activity-1", Ct));
        Assert.False(await CreateStore().TryMarkProcessedAsync(GroupChat, "activity-1", Ct));
        Assert.True(await Store.TryMarkProcessedAsync(GroupChat, "activity-2", Ct));
        Assert.True(await Store.TryMarkProcessedAsync(PersonalChat, "activity-1", Ct));
    }

    [Fact]
    public async Task AProcessedActivityCountsAsNewAgainAfterItsRetention()
    {
        Assert.True(await Store.TryMarkProcessedAsync(TeamChannel, "activity-1", Ct));
        Time.Advance(Options.ProcessedActivityRetention - TimeSpan.FromSeconds(1));
        Assert.False(await Store.TryMarkProcessedAsync(TeamChannel, "activity-1", Ct));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Store.TryMarkProcessedAsync(TeamChannel, "activity-1", Ct));
        Assert.False(await Store.TryMarkProcessedAsync(TeamChannel, "activity-1", Ct));
    }

    [Fact]
    public async Task ConcurrentMarksOfOneActivityFromTwoInstancesLetExactlyOneWin()
    {
        IBotStore[] stores = [Store, CreateStore()];
        await Store.InitializeAsync(Ct);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => stores[i % 2].TryMarkProcessedAsync(GroupChat, "redelivered", Ct), Ct)));
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TheLastAnswerIsReadBackAndReplacedBySavingAgain()
    {
        Assert.Null(await Store.GetLastAnswerAsync(GroupChat, Ct));
        var first = new LastAnswer("How do I move S3?", "storage#plan", ["storage#copy", "storage#verify"], "migrate#storage", null);
        await Store.SaveLastAnswerAsync(GroupChat, first, Ct);
        AssertSame(first, await CreateStore().GetLastAnswerAsync(GroupChat, Ct));

        var second = new LastAnswer("And Lambda?", "compute#functions", [], null, "https://example.org/next");
        await Store.SaveLastAnswerAsync(GroupChat, second, Ct);
        AssertSame(second, await Store.GetLastAnswerAsync(GroupChat, Ct));
        Assert.Null(await Store.GetLastAnswerAsync(PersonalChat, Ct));
        Assert.Null(await Store.GetLastAnswerAsync(GroupChat with { TeamId = "19:someteam@thread.tacv2" }, Ct));
    }

    [Fact]
    public async Task ALongQuestionIsKeptCutToTheStoredLength()
    {
        var answer = new LastAnswer(new string('q', 5000), "storage#plan", [], null, null);
        await Store.SaveLastAnswerAsync(PersonalChat, answer, Ct);
        var stored = await Store.GetLastAnswerAsync(PersonalChat, Ct);
        Assert.Equal(new string('q', 2000), stored!.Question);
    }

    [Fact]
    public async Task TheLastAnswerExpiresAfterItsRetention()
    {
        await Store.SaveLastAnswerAsync(TeamChannel, new LastAnswer("q", "s", [], null, null), Ct);
        Time.Advance(Options.LastAnswerRetention - TimeSpan.FromSeconds(1));
        Assert.NotNull(await Store.GetLastAnswerAsync(TeamChannel, Ct));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await Store.GetLastAnswerAsync(TeamChannel, Ct));
    }

    [Fact]
    public async Task AnInstallationKeepsItsConversationReference()
    {
        var conversation = Reference(TeamChannel, ConversationKind.Channel);
        var saved = await Store.SaveInstallationAsync(conversation, "Migration squad", Ct);
        Assert.Equal(new Installation(conversation, "Migration squad", Time.GetUtcNow()), saved);
        Assert.Equal(saved, await CreateStore().GetInstallationAsync(TeamChannel, Ct));
        Assert.Null(await Store.GetInstallationAsync(GroupChat, Ct));
    }

    [Fact]
    public async Task SavingAnInstallationAgainRefreshesIt()
    {
        var conversation = Reference(PersonalChat, ConversationKind.Personal);
        await Store.SaveInstallationAsync(conversation, null, Ct);
        Time.Advance(TimeSpan.FromHours(1));
        var moved = conversation with { ServiceUrl = "https://smba.trafficmanager.net/emea/" };
        await Store.SaveInstallationAsync(moved, null, Ct);
        Assert.Equal(new Installation(moved, null, Time.GetUtcNow()), await Store.GetInstallationAsync(PersonalChat, Ct));
        Assert.Single(await Store.ListInstallationsAsync(null, Ct));
    }

    [Fact]
    public async Task InstallationsAreListedAllOrByTeamInConversationIdOrder()
    {
        await InstallEverywhereAsync();
        var all = await Store.ListInstallationsAsync(null, Ct);
        Assert.Equal(
            new[] { PersonalChat, GroupChat, TeamGeneral, TeamChannel, OtherTeamChannel }.Select(k => k.ConversationId).Order(StringComparer.Ordinal),
            all.Select(i => i.Conversation.ConversationId));
        var team = await Store.ListInstallationsAsync(TeamGeneral.TeamId, Ct);
        Assert.Equal([TeamChannel.ConversationId, TeamGeneral.ConversationId], team.Select(i => i.Conversation.ConversationId));
        Assert.Empty(await Store.ListInstallationsAsync("19:unknown@thread.tacv2", Ct));
    }

    [Fact]
    public async Task UninstallingFromAChatDeletesEverythingAboutThatChatOnly()
    {
        await InstallEverywhereAsync();
        await WriteEverythingAsync(PersonalChat);
        await WriteEverythingAsync(GroupChat);

        await Store.RemoveInstallationAsync(PersonalChat, Ct);

        await AssertNothingAboutAsync(PersonalChat);
        await AssertEverythingAboutAsync(GroupChat);
        Assert.Equal(4, (await Store.ListInstallationsAsync(null, Ct)).Count);
        Assert.Equal(["about " + GroupChat.ConversationId], (await Store.ListFeedbackAsync(Ct)).Select(f => f.Question));
    }

    [Fact]
    public async Task UninstallingFromATeamDeletesEverythingAboutEachOfItsChannels()
    {
        await InstallEverywhereAsync();
        foreach (var key in new[] { TeamGeneral, TeamChannel, OtherTeamChannel, GroupChat })
        {
            await WriteEverythingAsync(key);
        }

        await CreateStore().RemoveInstallationAsync(TeamGeneral, Ct);

        await AssertNothingAboutAsync(TeamGeneral);
        await AssertNothingAboutAsync(TeamChannel);
        await AssertEverythingAboutAsync(OtherTeamChannel);
        await AssertEverythingAboutAsync(GroupChat);
        Assert.Empty(await Store.ListInstallationsAsync(TeamGeneral.TeamId, Ct));
        Assert.Equal(2, (await Store.ListFeedbackAsync(Ct)).Count);
    }

    [Fact]
    public async Task RemovingAnInstallationTwiceIsHarmless()
    {
        await Store.RemoveInstallationAsync(GroupChat, Ct);
        await Store.SaveInstallationAsync(Reference(GroupChat, ConversationKind.GroupChat), null, Ct);
        await Store.RemoveInstallationAsync(GroupChat, Ct);
        await Store.RemoveInstallationAsync(GroupChat, Ct);
        Assert.Null(await Store.GetInstallationAsync(GroupChat, Ct));
    }

    [Fact]
    public async Task AnInterruptedUninstallStaysVisibleAndCanBeRepeated()
    {
        await InstallEverywhereAsync();
        await WriteEverythingAsync(GroupChat);
        var crashing = CreateStore();
        InterruptAfterFirstStep(crashing);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.RemoveInstallationAsync(GroupChat, Ct));

        Assert.NotNull(await Store.GetInstallationAsync(GroupChat, Ct));
        await Store.RemoveInstallationAsync(GroupChat, Ct);
        await AssertNothingAboutAsync(GroupChat);
    }

    [Fact]
    public async Task SettingChecklistItemsReturnsTheCardsFullState()
    {
        Assert.Null(await Store.GetChecklistAsync(TeamChannel, "card-1", Ct));
        var first = await Store.SetChecklistItemAsync(TeamChannel, "card-1", new ChecklistChange("b-inventory", true, "29:ada", "Ada Lovelace"), Ct);
        Assert.Equal([new ChecklistItemState("b-inventory", true, "29:ada", "Ada Lovelace", Time.GetUtcNow())], first.Items);

        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await CreateStore().SetChecklistItemAsync(TeamChannel, "card-1", new ChecklistChange("a-owners", true, "29:alan", "Alan Turing"), Ct);
        Assert.Equal("card-1", second.CardId);
        Assert.Equal(Time.GetUtcNow(), second.UpdatedAt);
        Assert.Equal(
            [
                new ChecklistItemState("a-owners", true, "29:alan", "Alan Turing", Time.GetUtcNow()),
                new ChecklistItemState("b-inventory", true, "29:ada", "Ada Lovelace", Time.GetUtcNow() - TimeSpan.FromMinutes(5)),
            ],
            second.Items);
        AssertSame(second, await Store.GetChecklistAsync(TeamChannel, "card-1", Ct));
    }

    [Fact]
    public async Task UntickingAnItemRecordsWhoUntickedItAndWhen()
    {
        await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("backup", true, "29:ada", "Ada"), Ct);
        Time.Advance(TimeSpan.FromDays(2));
        var progress = await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("backup", false, "29:grace", "Grace Hopper"), Ct);
        Assert.Equal([new ChecklistItemState("backup", false, "29:grace", "Grace Hopper", Time.GetUtcNow())], progress.Items);
    }

    [Fact]
    public async Task ChecklistCardsAreKeptApartPerCardAndConversation()
    {
        await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("x", true, "29:ada", "Ada"), Ct);
        await Store.SetChecklistItemAsync(GroupChat, "card-2", new ChecklistChange("y", true, "29:ada", "Ada"), Ct);
        await Store.SetChecklistItemAsync(PersonalChat, "card-1", new ChecklistChange("z", true, "29:ada", "Ada"), Ct);
        Assert.Equal(["x"], (await Store.GetChecklistAsync(GroupChat, "card-1", Ct))!.Items.Select(i => i.ItemId));
        Assert.Equal(["y"], (await Store.GetChecklistAsync(GroupChat, "card-2", Ct))!.Items.Select(i => i.ItemId));
        Assert.Equal(["z"], (await Store.GetChecklistAsync(PersonalChat, "card-1", Ct))!.Items.Select(i => i.ItemId));
    }

    [Fact]
    public async Task AChecklistExpiresAfterItsRetentionSinceTheLastChange()
    {
        await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("old", true, "29:ada", "Ada"), Ct);
        Time.Advance(TimeSpan.FromDays(100));
        await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("new", true, "29:ada", "Ada"), Ct);
        Time.Advance(Options.ChecklistRetention - TimeSpan.FromSeconds(1));
        Assert.Equal(["new", "old"], (await Store.GetChecklistAsync(GroupChat, "card-1", Ct))!.Items.Select(i => i.ItemId));

        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await Store.GetChecklistAsync(GroupChat, "card-1", Ct));
        var fresh = await Store.SetChecklistItemAsync(GroupChat, "card-1", new ChecklistChange("again", true, "29:ada", "Ada"), Ct);
        Assert.Equal(["again"], fresh.Items.Select(i => i.ItemId));
    }

    [Fact]
    public async Task ConcurrentChangesToOneCardFromManyTasksAndTwoInstancesAreAllKept()
    {
        IBotStore[] stores = [Store, CreateStore()];
        await Task.WhenAll(stores.Select(s => s.InitializeAsync(Ct)));
        var changes = Enumerable.Range(0, 40)
            .Select(i => new ChecklistChange($"item-{i:D2}", true, $"29:user-{i}", $"User {i}"))
            .Concat(Enumerable.Range(0, 10).Select(i => new ChecklistChange("shared", i % 2 == 0, $"29:racer-{i}", $"Racer {i}")))
            .ToList();

        var results = await Task.WhenAll(changes.Select((change, i) =>
            Task.Run(() => stores[i % 2].SetChecklistItemAsync(TeamChannel, "busy-card", change, Ct), Ct)));

        for (var i = 0; i < changes.Count; i++)
        {
            var own = Assert.Single(results[i].Items, item => item.ItemId == changes[i].ItemId);
            Assert.Equal((changes[i].Done, changes[i].UserId), (own.Done, own.UserId));
        }

        var final = (await Store.GetChecklistAsync(TeamChannel, "busy-card", Ct))!;
        Assert.Equal(41, final.Items.Count);
        Assert.All(final.Items.Where(i => i.ItemId != "shared"), item => Assert.True(item.Done));
        var shared = Assert.Single(final.Items, i => i.ItemId == "shared");
        var winner = changes.Single(c => c.UserId == shared.UserId);
        Assert.Equal(winner.Done, shared.Done);
        Assert.Equal(41, results.Max(r => r.Items.Count));
    }

    [Fact]
    public async Task AFullCardOfLongItemsIsKeptWhole()
    {
        var longId = new string('i', 500);
        for (var i = 0; i < 100; i++)
        {
            await Store.SetChecklistItemAsync(GroupChat, "big", new ChecklistChange($"{i:D3}{longId}", true, "29:" + new string('u', 509), new string('n', 300)), Ct);
        }

        var progress = (await CreateStore().GetChecklistAsync(GroupChat, "big", Ct))!;
        Assert.Equal(100, progress.Items.Count);
        Assert.All(progress.Items, item => Assert.Equal(256, item.UserName.Length));

        var overflow = await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SetChecklistItemAsync(GroupChat, "big", new ChecklistChange("one-too-many", true, "29:ada", "Ada"), Ct));
        Assert.Contains("at most 100", overflow.Message, StringComparison.Ordinal);
        Assert.Equal(100, (await Store.GetChecklistAsync(GroupChat, "big", Ct))!.Items.Count);
        Assert.Equal(100, (await Store.SetChecklistItemAsync(GroupChat, "big", new ChecklistChange($"000{longId}", false, "29:ada", "Ada"), Ct)).Items.Count);
    }

    [Fact]
    public async Task FeedbackIsListedOldestFirstWithTheQuestion()
    {
        var first = await Store.AddFeedbackAsync(GroupChat, "storage#plan", "How do I move S3?", helpful: true, Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        var second = await CreateStore().AddFeedbackAsync(TeamChannel, "compute#functions", "And Lambda?", helpful: false, Ct);
        Assert.Equal(new FeedbackEntry("storage#plan", "How do I move S3?", true, Time.GetUtcNow() - TimeSpan.FromMinutes(1)), first);
        Assert.Equal([first, second], await Store.ListFeedbackAsync(Ct));
    }

    [Fact]
    public async Task FeedbackExpiresAfterItsRetention()
    {
        await Store.AddFeedbackAsync(GroupChat, "old", "q", helpful: true, Ct);
        Time.Advance(TimeSpan.FromDays(1));
        await Store.AddFeedbackAsync(GroupChat, "new", "q", helpful: true, Ct);
        Time.Advance(Options.FeedbackRetention - TimeSpan.FromDays(1));
        Assert.Equal(["new"], (await Store.ListFeedbackAsync(Ct)).Select(f => f.SectionId));
    }

    [Fact]
    public async Task TheSweepDeletesExactlyTheExpiredRecords()
    {
        await InstallEverywhereAsync();
        await WriteEverythingAsync(GroupChat);
        Time.Advance(TimeSpan.FromDays(2));
        await WriteEverythingAsync(PersonalChat);
        Assert.Equal(new SweepResult(1, 0, 0, 0), await Store.SweepAsync(Ct));

        Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(new SweepResult(1, 1, 0, 0), await CreateStore().SweepAsync(Ct));
        Assert.Null(await Store.GetLastAnswerAsync(GroupChat, Ct));
        Assert.NotNull(await Store.GetLastAnswerAsync(PersonalChat, Ct));

        Time.Advance(TimeSpan.FromDays(180));
        Assert.Equal(new SweepResult(0, 1, 2, 2), await Store.SweepAsync(Ct));
        Assert.Equal(new SweepResult(0, 0, 0, 0), await Store.SweepAsync(Ct));
        Assert.Null(await Store.GetChecklistAsync(PersonalChat, "card-1", Ct));
        Assert.Equal(5, (await Store.ListInstallationsAsync(null, Ct)).Count);
    }

    [Fact]
    public async Task InvalidArgumentsAreRefusedWithTheirName()
    {
        var empty = await Assert.ThrowsAsync<ArgumentException>(() => Store.TryMarkProcessedAsync(GroupChat, " ", Ct));
        Assert.Equal("activityId", empty.ParamName);
        var longId = await Assert.ThrowsAsync<ArgumentException>(() => Store.GetLastAnswerAsync(new ConversationKey(new string('c', 513)), Ct));
        Assert.Contains("at most 512", longId.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.SaveLastAnswerAsync(GroupChat, null!, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SaveInstallationAsync(Reference(GroupChat, ConversationKind.GroupChat) with { ServiceUrl = "not a url" }, null, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SetChecklistItemAsync(GroupChat, "card", new ChecklistChange("item", true, "29:ada", ""), Ct));
        Assert.Empty(await Store.ListInstallationsAsync(null, Ct));
    }

    [Fact]
    public async Task InitializingAgainKeepsTheData()
    {
        await Store.SaveLastAnswerAsync(GroupChat, new LastAnswer("q", "s", [], null, null), Ct);
        var again = CreateStore();
        await again.InitializeAsync(Ct);
        await again.InitializeAsync(Ct);
        Assert.NotNull(await again.GetLastAnswerAsync(GroupChat, Ct));
    }

    protected static StoredConversation Reference(ConversationKey key, ConversationKind kind) => new(
        "msteams", "https://smba.trafficmanager.net/amer/", key.ConversationId, kind, "tenant-1", key.TeamId, "28:bot-id");

    protected async Task InstallEverywhereAsync()
    {
        await Store.SaveInstallationAsync(Reference(PersonalChat, ConversationKind.Personal), null, Ct);
        await Store.SaveInstallationAsync(Reference(GroupChat, ConversationKind.GroupChat), null, Ct);
        await Store.SaveInstallationAsync(Reference(TeamGeneral, ConversationKind.Channel), "General", Ct);
        await Store.SaveInstallationAsync(Reference(TeamChannel, ConversationKind.Channel), "Landing zone", Ct);
        await Store.SaveInstallationAsync(Reference(OtherTeamChannel, ConversationKind.Channel), "Other", Ct);
    }

    /// <summary>One record of each kind about a conversation (processed id, last answer, checklist, feedback).</summary>
    protected async Task WriteEverythingAsync(ConversationKey key)
    {
        Assert.True(await Store.TryMarkProcessedAsync(key, "activity-1", Ct));
        await Store.SaveLastAnswerAsync(key, new LastAnswer("q", "s", ["r"], null, null), Ct);
        await Store.SetChecklistItemAsync(key, "card-1", new ChecklistChange("item", true, "29:ada", "Ada"), Ct);
        await Store.AddFeedbackAsync(key, "s", "about " + key.ConversationId, helpful: true, Ct);
    }

    protected async Task AssertEverythingAboutAsync(ConversationKey key)
    {
        Assert.NotNull(await Store.GetInstallationAsync(key, Ct));
        Assert.False(await Store.TryMarkProcessedAsync(key, "activity-1", Ct));
        Assert.NotNull(await Store.GetLastAnswerAsync(key, Ct));
        Assert.NotNull(await Store.GetChecklistAsync(key, "card-1", Ct));
        Assert.Contains(await Store.ListFeedbackAsync(Ct), f => f.Question == "about " + key.ConversationId);
    }

    protected async Task AssertNothingAboutAsync(ConversationKey key)
    {
        Assert.Null(await Store.GetInstallationAsync(key, Ct));
        Assert.Null(await Store.GetLastAnswerAsync(key, Ct));
        Assert.Null(await Store.GetChecklistAsync(key, "card-1", Ct));
        Assert.DoesNotContain(await Store.ListFeedbackAsync(Ct), f => f.Question == "about " + key.ConversationId);
        Assert.True(await Store.TryMarkProcessedAsync(key, "activity-1", Ct));
    }

    private static void AssertSame(LastAnswer expected, LastAnswer? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { RelatedSectionIds = [] }, actual with { RelatedSectionIds = [] });
        Assert.Equal(expected.RelatedSectionIds, actual.RelatedSectionIds);
    }

    private static void AssertSame(ChecklistProgress expected, ChecklistProgress? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.CardId, actual.CardId);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Items, actual.Items);
    }
}
