namespace Elara.Api.Identity;

/// <summary>Credentials for a cookie sign-in or a bearer token.</summary>
public sealed record LoginRequest(string? Email, string? Password)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Email is not { Length: > 0 and <= RegisterRequest.MaxEmailLength } || string.IsNullOrWhiteSpace(Email))
        {
            errors["email"] = ["The e-mail address is required."];
        }

        if (Password is not { Length: > 0 and <= RegisterRequest.MaxPasswordLength })
        {
            errors["password"] = ["The password is required."];
        }

        return errors;
    }
}
