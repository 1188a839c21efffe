namespace Elara.Api.Tests.Robustness;

/// <summary>Real cookies, tokens and ids from one host, which the fuzzer mixes, mangles and sends where they do not belong.</summary>
public sealed record FuzzCredentials(
    string AnonymousCookie,
    string AnonymousAntiforgeryCookie,
    string AnonymousAntiforgeryToken,
    string AuthCookie,
    string AuthAntiforgeryCookie,
    string AuthAntiforgeryToken,
    string BearerToken,
    string AdminBearerToken,
    string Email,
    string ProductId,
    string OrderId);
