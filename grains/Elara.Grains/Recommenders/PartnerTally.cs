namespace Elara.Grains.Recommenders;

/// <summary>
/// How strongly (weighted) and how many times two products occurred together. A value kept in its row's dictionary
/// and added to in place: the item graph adds to thousands of them per second, so neither a second look-up nor an
/// object per partner.
/// </summary>
record struct PartnerTally(double Weight, int Times);
