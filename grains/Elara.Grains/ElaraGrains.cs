using System.Reflection;

namespace Elara.Grains;

/// <summary>The assembly whose grain classes every Elara silo hosts.</summary>
public static class ElaraGrains
{
    public static Assembly Assembly => typeof(ElaraGrains).Assembly;
}
