namespace Elara.Silo.Import;

/// <summary>An import to run: the file, the data folder whose elara.db receives it (full paths), and whether to load purchases.</summary>
public sealed record ImportRequest(string File, string DataDir, bool WithHistory);
