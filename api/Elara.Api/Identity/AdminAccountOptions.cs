namespace Elara.Api.Identity;

/// <summary>The first administrator (configuration "Elara:Admin"; env Elara__Admin__Email, Elara__Admin__Password).</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Elara:Admin";

    public string? Email { get; set; }

    public string? Password { get; set; }
}
