namespace Elara.Grains.Recommenders;

/// <summary>A partner (by product index) in a row's neighbour list: how many times the two occurred together, and their similarity.</summary>
readonly record struct Neighbour(int Partner, int Times, double Similarity);
