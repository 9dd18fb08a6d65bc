namespace MigrationBot.Tests.Storage;

/// <summary>Thrown by a store's step hook to stand for the process dying between two writes.</summary>
public sealed class SimulatedCrashException() : Exception("Simulated crash between two writes.");
