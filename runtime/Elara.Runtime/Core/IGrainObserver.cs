namespace Elara.Runtime;

/// <summary>Marks an interface whose implementations live outside grains and receive calls from grains.</summary>
public interface IGrainObserver;
