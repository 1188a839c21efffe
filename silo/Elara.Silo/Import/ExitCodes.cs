namespace Elara.Silo.Import;

/// <summary>Process exit codes; scripts tell a usage mistake (2) from a failed run (1).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
