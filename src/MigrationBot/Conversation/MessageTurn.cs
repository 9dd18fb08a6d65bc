using MigrationBot.Channel;
using MigrationBot.Guide;
using MigrationBot.Guide.Answering;
using MigrationBot.Guide.Cards;
using MigrationBot.Hosting;
using MigrationBot.Storage;

namespace MigrationBot.Conversation;

/// <summary>
/// A message: a re-delivery is dropped, a card button is carried out, a command is run, anything else is answered
/// from the guide with the answer card or the not-covered card.
/// </summary>
public sealed partial class MessageTurn(
    GuideState guide, IBotStore store, ConversationTelemetry telemetry, TimeProvider time, ILogger<MessageTurn> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var key = ConversationScope.KeyOf(activity);
        if (!string.IsNullOrEmpty(turn.ActivityId) && !await store.TryMarkProcessedAsync(key, turn.ActivityId, cancellationToken))
        {
            LogDuplicate(logger, turn.ActivityId);
            return;
        }

        if (guide.Engine is not { } engine)
        {
            await turn.ReplyAsync(ReplyFactory.FromText(new CardText(CardText.CultureFor(activity.Locale)).ReplyStillLoading), cancellationToken);
            return;
        }

        var context = new MessageContext(turn, key, engine, new CardText(CardText.CultureFor(activity.Locale)));
        if (activity.Value is { } value && CardActionData.TryRead(value) is { } action)
        {
            await HandleActionAsync(context, action, cancellationToken);
            return;
        }

        var text = Mention.RemoveMentionsOf(activity, activity.Recipient?.Id);
        var command = text.Length == 0 ? new TurnCommand(TurnCommandKind.Help, string.Empty) : CommandParser.Parse(text);
        await HandleCommandAsync(context, command, cancellationToken);
    }

    private async Task HandleCommandAsync(MessageContext context, TurnCommand command, CancellationToken cancellationToken)
    {
        var guideNow = context.Engine.Guide;
        switch (command.Kind)
        {
            case TurnCommandKind.Help:
                await SendAsync(context, WelcomeCard.Build(guideNow, context.Text.Culture), cancellationToken);
                break;
            case TurnCommandKind.Steps:
                await SendAsync(context, JourneyCard.Build(guideNow, context.Text.Culture), cancellationToken);
                break;
            case TurnCommandKind.Step when context.Engine.FindStep(command.Argument) is { } step:
                await SendAsync(context, StepCard.Build(guideNow, step.Number, context.Text.Culture), cancellationToken);
                break;
            case TurnCommandKind.Next:
                await ShowNextAsync(context, cancellationToken);
                break;
            case TurnCommandKind.More:
                await ShowMoreAsync(context, cancellationToken);
                break;
            default:
                await AnswerAsync(context, command.Kind == TurnCommandKind.Step ? $"step {command.Argument}" : command.Argument, cancellationToken);
                break;
        }
    }

    private async Task HandleActionAsync(MessageContext context, CardActionData action, CancellationToken cancellationToken)
    {
        var guideNow = context.Engine.Guide;
        switch (action)
        {
            case AskQuestionData ask:
                await AnswerAsync(context, ask.Question, cancellationToken);
                break;
            case NextStepData next:
                await ShowSectionAsync(context, next.Section, question: null, cancellationToken);
                break;
            case ShowSectionData show:
                await ShowSectionAsync(context, show.Section, question: null, cancellationToken);
                break;
            case ShowStepData step when step.Step <= guideNow.Journey.Count:
                await SendAsync(context, StepCard.Build(guideNow, step.Step, context.Text.Culture), cancellationToken);
                break;
            case ShowJourneyData or ShowStepData:
                await SendAsync(context, JourneyCard.Build(guideNow, context.Text.Culture), cancellationToken);
                break;
            case FeedbackData feedback:
                await store.AddFeedbackAsync(context.Key, feedback.Section, feedback.Question, feedback.Helpful, cancellationToken);
                await context.Turn.ReplyAsync(ReplyFactory.FromText(context.Text.ReplyFeedbackThanks), cancellationToken);
                break;
        }
    }

    private async Task AnswerAsync(MessageContext context, string question, CancellationToken cancellationToken)
    {
        await context.Turn.SendTypingAsync(cancellationToken);
        var answer = context.Engine.Ask(question);
        var guideNow = context.Engine.Guide;
        if (answer.Declined)
        {
            telemetry.QuestionsDeclined.Add(1);
            await SendAsync(context, NotCoveredCard.Build(answer, guideNow, context.Text.Culture), cancellationToken);
        }
        else
        {
            telemetry.QuestionsAnswered.Add(1);
            await SendAnswerAsync(context, answer, cancellationToken);
        }

        telemetry.AnswerLatency.Record((time.GetUtcNow() - context.Turn.ReceivedAt).TotalSeconds);
    }

    private async Task ShowNextAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var last = await store.GetLastAnswerAsync(context.Key, cancellationToken);
        if (last?.NextStepSectionId is not { } next)
        {
            await context.Turn.ReplyAsync(ReplyFactory.FromText(last is null ? context.Text.ReplyNothingBefore : context.Text.ReplyNoMore), cancellationToken);
            return;
        }

        await ShowSectionAsync(context, next, question: null, cancellationToken);
    }

    private async Task ShowMoreAsync(MessageContext context, CancellationToken cancellationToken)
    {
        var last = await store.GetLastAnswerAsync(context.Key, cancellationToken);
        if (last is null)
        {
            await context.Turn.ReplyAsync(ReplyFactory.FromText(context.Text.ReplyNothingBefore), cancellationToken);
            return;
        }

        var shown = last.RelatedSectionIds.Prepend(last.BestSectionId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var further = context.Engine.Ask(last.Question, top: 10).Results.FirstOrDefault(r => !shown.Contains(r.Section.Id))
            ?? last.RelatedSectionIds.Select(context.Engine.FindSection).OfType<AnswerSection>().FirstOrDefault();
        if (further is null)
        {
            await context.Turn.ReplyAsync(ReplyFactory.FromText(context.Text.ReplyNoMore), cancellationToken);
            return;
        }

        await SendAnswerAsync(context, context.Engine.Show(further.Section.Id, last.Question)!, cancellationToken);
    }

    /// <summary>A journey step's introduction shows as its step card; any other section as an answer card.</summary>
    private async Task ShowSectionAsync(MessageContext context, string sectionId, string? question, CancellationToken cancellationToken)
    {
        if (context.Engine.Show(sectionId, question) is not { Best: { } shown } answer)
        {
            await context.Turn.ReplyAsync(ReplyFactory.FromText(context.Text.ReplyUnknownSection), cancellationToken);
            return;
        }

        if (shown.Article is { Kind: ArticleKind.Step, StepNumber: { } number } && shown.Section.Heading is null)
        {
            await SendAsync(context, StepCard.Build(context.Engine.Guide, number, context.Text.Culture), cancellationToken);
            await SaveLastAsync(context, answer, cancellationToken);
            return;
        }

        await SendAnswerAsync(context, answer, cancellationToken);
    }

    private async Task SendAnswerAsync(MessageContext context, Answer answer, CancellationToken cancellationToken)
    {
        await SendAsync(context, AnswerCard.Build(answer, context.Engine.Guide, context.Text.Culture), cancellationToken);
        await SaveLastAsync(context, answer, cancellationToken);
    }

    private Task SaveLastAsync(MessageContext context, Answer answer, CancellationToken cancellationToken) =>
        answer.Best is { } best
            ? store.SaveLastAnswerAsync(
                context.Key,
                new LastAnswer(answer.Question, best.Section.Id, [.. answer.Related.Select(r => r.Section.Id)], answer.NextStep?.SectionId, answer.NextStep?.Url),
                cancellationToken)
            : Task.CompletedTask;

    private static Task SendAsync(MessageContext context, CardReply card, CancellationToken cancellationToken) =>
        context.Turn.ReplyAsync(ReplyFactory.FromCard(card), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was already handled; ignoring the re-delivery")]
    private static partial void LogDuplicate(ILogger logger, string activityId);

    private sealed record MessageContext(TurnContext Turn, ConversationKey Key, AnswerEngine Engine, CardText Text);
}
