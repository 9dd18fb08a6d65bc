using System.Diagnostics.Metrics;
using MigrationBot.Channel;

namespace MigrationBot.Conversation;

/// <summary>The turn logic's metrics, on the bot's meter: questions answered and declined, answer latency.</summary>
public sealed class ConversationTelemetry
{
    public ConversationTelemetry(BotTelemetry bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        QuestionsAnswered = bot.Meter.CreateCounter<long>("bot.questions.answered", description: "Questions answered from the guide.");
        QuestionsDeclined = bot.Meter.CreateCounter<long>("bot.questions.declined", description: "Questions the guide does not cover.");
        AnswerLatency = bot.Meter.CreateHistogram<double>("bot.answer.duration", unit: "s", description: "From the activity's arrival to the answer posted.");
    }

    public Counter<long> QuestionsAnswered { get; }

    public Counter<long> QuestionsDeclined { get; }

    public Histogram<double> AnswerLatency { get; }
}
