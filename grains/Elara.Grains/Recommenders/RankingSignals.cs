namespace Elara.Grains.Recommenders;

/// <summary>One candidate's weighted signals in the hybrid ranker; the score is their sum.</summary>
readonly record struct RankingSignals(double Collaborative, double Shared, double PeopleLikeYou, double Content, double Category, double Popularity, double BuyAgain)
{
    public double Total => Collaborative + Shared + PeopleLikeYou + Content + Category + Popularity + BuyAgain;
}
