namespace Elara.Api.Reviews;

/// <summary>A review as everyone sees it: the author's display name, never their shopper id.</summary>
public sealed record ReviewView(string Author, int Rating, string Text, DateTimeOffset At);
