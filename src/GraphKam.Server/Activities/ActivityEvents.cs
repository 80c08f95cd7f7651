namespace GraphKam.Server.Activities;

/// <summary>An activity was logged; published after it committed.</summary>
public sealed record ActivityLogged(int ActivityId, int AccountId)
{
    public const string Topic = "activities";
}
